// Stand-in. Source: jira-api, com/atlassian/jira/icon/IconOwningObjectId.java (public IconOwningObjectId(String id); String getId()) | Audit (docs corpus): not found; UNCONFIRMED.
package com.atlassian.jira.icon;

public final class IconOwningObjectId {
    private final String id;

    public IconOwningObjectId(String id) {
        this.id = id;
    }

    public String getId() {
        return id;
    }
}
