// Stand-in. Source: applinks-api, com/atlassian/applinks/api/application/confluence/ConfluenceApplicationType.java (javadoc https://docs.atlassian.com/applinks-api/3.2/com/atlassian/applinks/api/application/confluence/package-summary.html: interface extending ApplicationType); used only as a class literal
package com.atlassian.applinks.api.application.confluence;

import com.atlassian.applinks.api.ApplicationType;

public interface ConfluenceApplicationType extends ApplicationType {
}
