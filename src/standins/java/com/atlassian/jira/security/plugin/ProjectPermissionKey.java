// Stand-in. Source: jira-api 11.0 javadoc, https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/security/plugin/ProjectPermissionKey.html
package com.atlassian.jira.security.plugin;

public final class ProjectPermissionKey {
    public ProjectPermissionKey(String key) {
    }
}
