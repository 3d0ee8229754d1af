// Stand-in. Source: sal-api, com/atlassian/sal/api/net/ReturningResponseHandler.java (since 2.2.0)
package com.atlassian.sal.api.net;

public interface ReturningResponseHandler<T extends Response, R> {
    R handle(T response) throws ResponseException;
}
