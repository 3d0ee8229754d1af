// Stand-in. Source: jira-api com/atlassian/jira/exception/CreateException.java ("public class CreateException extends JiraException"), checked in jira-api source (jira-project/jira-components/jira-api, public mirror turgaycelik/mysource; Jira 6.x source: member names, parameters, static/instance and checked exceptions match; crowd User became ApplicationUser in 7.0; the 11.0 sources themselves were not reachable here, re-check with -Patlassian) | Audit (docs corpus): not found; UNCONFIRMED beyond 6.x source.
package com.atlassian.jira.exception;

import com.atlassian.jira.JiraException;

public class CreateException extends JiraException {
    private static final long serialVersionUID = 1L;

    public CreateException(String message) {
        super(message);
    }
}
