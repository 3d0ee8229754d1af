// Stand-in. Source: jira-api javadoc https://docs.atlassian.com/jira/latest/com/atlassian/jira/permission/GlobalPermissionKey.html (latest Server javadoc, (c) 2002-2017: "public final class GlobalPermissionKey", public static final GlobalPermissionKey ADMINISTER confirmed; instances come from static of(String), no public constructor); 11.0 javadoc https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/permission/GlobalPermissionKey.html not reachable
package com.atlassian.jira.permission;

public final class GlobalPermissionKey {
    public static final GlobalPermissionKey ADMINISTER = new GlobalPermissionKey("ADMINISTER");

    private GlobalPermissionKey(String key) {
    }
}
