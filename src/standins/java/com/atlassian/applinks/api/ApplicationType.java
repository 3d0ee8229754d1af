// Stand-in. Source: applinks-api, com/atlassian/applinks/api/ApplicationType.java (javadoc https://docs.atlassian.com/applinks-api/latest/com/atlassian/applinks/api/ApplicationType.html); no member is called
package com.atlassian.applinks.api;

public interface ApplicationType {
}
