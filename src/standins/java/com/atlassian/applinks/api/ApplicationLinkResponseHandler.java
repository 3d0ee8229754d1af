// Stand-in. Source: applinks-api, com/atlassian/applinks/api/ApplicationLinkResponseHandler.java (extends SAL ReturningResponseHandler<Response, R>; adds credentialsRequired)
package com.atlassian.applinks.api;

import com.atlassian.sal.api.net.Response;
import com.atlassian.sal.api.net.ResponseException;
import com.atlassian.sal.api.net.ReturningResponseHandler;

public interface ApplicationLinkResponseHandler<R> extends ReturningResponseHandler<Response, R> {
    R credentialsRequired(Response response) throws ResponseException;
}
