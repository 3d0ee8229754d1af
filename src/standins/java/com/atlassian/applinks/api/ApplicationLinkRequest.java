// Stand-in. Source: applinks-api, com/atlassian/applinks/api/ApplicationLinkRequest.java (extends SAL Request<ApplicationLinkRequest, Response>)
package com.atlassian.applinks.api;

import com.atlassian.sal.api.net.Request;
import com.atlassian.sal.api.net.Response;
import com.atlassian.sal.api.net.ResponseException;

public interface ApplicationLinkRequest extends Request<ApplicationLinkRequest, Response> {
    <R> R execute(ApplicationLinkResponseHandler<R> responseHandler) throws ResponseException;
}
