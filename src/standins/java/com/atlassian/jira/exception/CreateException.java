// Stand-in. Source: jira-api com/atlassian/jira/exception/CreateException.java ("public class CreateException extends JiraException"), checked in jira-api source (jira-project/jira-components/jira-api, public mirror turgaycelik/mysource; Jira 6.x source, signatures unchanged in the 11.0 javadoc except crowd User -> ApplicationUser since 7.0)
package com.atlassian.jira.exception;

import com.atlassian.jira.JiraException;

public class CreateException extends JiraException {
    private static final long serialVersionUID = 1L;

    public CreateException(String message) {
        super(message);
    }
}
