// Stand-in. Jira 11.0 use: getBaseUrl(UrlMode.CANONICAL) in atlassian-labs/atlassian-slack-integration-server@94c50dc (jira-api 11.0.0) jira-slack-server-integration/jira-slack-server-integration-plugin/.../slack/service/notification/impl/DefaultAttachmentHelper.java:195. Earlier source: Source: sal-api com.atlassian.sal.api.ApplicationProperties, "String getBaseUrl(com.atlassian.sal.api.UrlMode urlMode)" as implemented by the product SAL bindings (docs.atlassian.com javadoc of ConfluenceApplicationProperties 5.x and Crowd ClientPropertiesBasedApplicationProperties 2.8.4: "getBaseUrl in interface com.atlassian.sal.api.ApplicationProperties"); called as applicationProperties.getBaseUrl(UrlMode.CANONICAL) in Atlassian's own plugins (code corpus); Jira 11 bundles SAL, its javadoc not reachable here, re-check with -Patlassian
package com.atlassian.sal.api;

public interface ApplicationProperties {
    String getBaseUrl(UrlMode urlMode);
}
