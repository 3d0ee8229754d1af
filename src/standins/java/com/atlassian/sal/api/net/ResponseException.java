// Stand-in. Source: sal-api, com/atlassian/sal/api/net/ResponseException.java (checked, extends Exception)
package com.atlassian.sal.api.net;

public class ResponseException extends Exception {
    private static final long serialVersionUID = 1L;

    public ResponseException(String message) {
        super(message);
    }

    public ResponseException(String message, Throwable cause) {
        super(message, cause);
    }
}
