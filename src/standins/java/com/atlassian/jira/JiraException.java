// Stand-in. Source: jira-api com/atlassian/jira/JiraException.java ("public class JiraException extends Exception"), checked in jira-api source (jira-project/jira-components/jira-api, public mirror turgaycelik/mysource; Jira 6.x source: member names, parameters, static/instance and checked exceptions match; crowd User became ApplicationUser in 7.0; the 11.0 sources themselves were not reachable here, re-check with -Patlassian) | Audit (docs corpus): not found; UNCONFIRMED beyond 6.x source.
package com.atlassian.jira;

public class JiraException extends Exception {
    private static final long serialVersionUID = 1L;

    public JiraException(String message) {
        super(message);
    }
}
