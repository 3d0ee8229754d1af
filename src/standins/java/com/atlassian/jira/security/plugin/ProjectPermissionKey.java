// Stand-in. Target (not reachable here): jira-api 11.0 javadoc, https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/security/plugin/ProjectPermissionKey.html | Audit (docs corpus): used as a type on https://docs.atlassian.com/jira/latest/com/atlassian/jira/permission/ProjectPermissions.html and PermissionManager.html; final class and public (String) constructor UNCONFIRMED.
package com.atlassian.jira.security.plugin;

public final class ProjectPermissionKey {
    public ProjectPermissionKey(String key) {
    }
}
