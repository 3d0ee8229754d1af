// Stand-in. Source: applinks-api, com/atlassian/applinks/api/ApplicationLinkRequestFactory.java (extends AuthorisationURIGenerator; createRequest throws CredentialsRequiredException)
package com.atlassian.applinks.api;

import com.atlassian.sal.api.net.Request;

public interface ApplicationLinkRequestFactory extends AuthorisationURIGenerator {
    ApplicationLinkRequest createRequest(Request.MethodType methodType, String url) throws CredentialsRequiredException;
}
