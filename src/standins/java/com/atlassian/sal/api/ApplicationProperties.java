// Stand-in. Source: sal-api com.atlassian.sal.api.ApplicationProperties, "String getBaseUrl(com.atlassian.sal.api.UrlMode urlMode)" as implemented by the product SAL bindings (docs.atlassian.com javadoc of ConfluenceApplicationProperties 5.x and Crowd ClientPropertiesBasedApplicationProperties 2.8.4: "getBaseUrl in interface com.atlassian.sal.api.ApplicationProperties"); called as applicationProperties.getBaseUrl(UrlMode.CANONICAL) in Atlassian's own plugins (code corpus); Jira 11 bundles SAL, its javadoc not reachable here, re-check with -Patlassian
package com.atlassian.sal.api;

public interface ApplicationProperties {
    String getBaseUrl(UrlMode urlMode);
}
