// Stand-in. Source: jira-api, com/atlassian/jira/icon/IconType.java (public static final IconType ISSUE_TYPE_ICON_TYPE; used by AvatarManager.create)
package com.atlassian.jira.icon;

public final class IconType {
    public static final IconType ISSUE_TYPE_ICON_TYPE = new IconType("issuetype");

    private final String key;

    private IconType(String key) {
        this.key = key;
    }

    public String getKey() {
        return key;
    }
}
