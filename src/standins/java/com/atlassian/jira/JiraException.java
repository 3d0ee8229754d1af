// Stand-in. Source: jira-api com/atlassian/jira/JiraException.java ("public class JiraException extends Exception"), checked in jira-api source (jira-project/jira-components/jira-api, public mirror turgaycelik/mysource; Jira 6.x source, signatures unchanged in the 11.0 javadoc except crowd User -> ApplicationUser since 7.0)
package com.atlassian.jira;

public class JiraException extends Exception {
    private static final long serialVersionUID = 1L;

    public JiraException(String message) {
        super(message);
    }
}
