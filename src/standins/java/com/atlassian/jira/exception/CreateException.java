// Stand-in. Source: jira-api 11.0 javadoc, https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/exception/CreateException.html
package com.atlassian.jira.exception;

public class CreateException extends Exception {
    private static final long serialVersionUID = 1L;

    public CreateException(String message) {
        super(message);
    }
}
