// Stand-in. Source: jira-api, com/atlassian/jira/exception/DataAccessException.java (unchecked: extends RuntimeException) | Audit (docs corpus): not found; UNCONFIRMED.
package com.atlassian.jira.exception;

public class DataAccessException extends RuntimeException {
    public DataAccessException(String message) {
        super(message);
    }
}
