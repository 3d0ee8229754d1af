// Stand-in. Source: applinks-api, com/atlassian/applinks/api/ApplicationLinkService.java (javadoc https://docs.atlassian.com/applinks-api/latest/com/atlassian/applinks/api/ApplicationLinkService.html)
package com.atlassian.applinks.api;

public interface ApplicationLinkService {
    ApplicationLink getApplicationLink(ApplicationId id) throws TypeNotInstalledException;

    ApplicationLink getPrimaryApplicationLink(Class<? extends ApplicationType> type);
}
