// Stand-in. Source: jira-api javadoc https://docs.atlassian.com/jira/latest/com/atlassian/jira/icon/IconType.html (latest Server javadoc, (c) 2002-2017: "@ExperimentalApi public class IconType" - not final; public static final IconType ISSUE_TYPE_ICON_TYPE and String getKey() confirmed; instances come from static of(String)); 11.0 javadoc not reachable
package com.atlassian.jira.icon;

public class IconType {
    public static final IconType ISSUE_TYPE_ICON_TYPE = new IconType("issuetype");

    private final String key;

    private IconType(String key) {
        this.key = key;
    }

    public String getKey() {
        return key;
    }
}
