// Stand-in. Source: applinks-api, com/atlassian/applinks/api/ApplicationLink.java (javadoc https://docs.atlassian.com/applinks-api/latest/com/atlassian/applinks/api/ApplicationLink.html); newer versions declare some getters on ReadOnlyApplicationLink, which ApplicationLink extends
package com.atlassian.applinks.api;

import java.net.URI;

public interface ApplicationLink {
    ApplicationId getId();

    String getName();

    URI getDisplayUrl();

    URI getRpcUrl();

    ApplicationLinkRequestFactory createAuthenticatedRequestFactory();
}
