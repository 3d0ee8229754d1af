// Stand-in. Source: jira-api javadoc https://docs.atlassian.com/jira/latest/com/atlassian/jira/security/PermissionManager.html (latest Server javadoc, (c) 2002-2017: "@PublicApi public interface PermissionManager", ProjectPermissionKey-based methods present); hasPermission(ProjectPermissionKey, Issue, ApplicationUser) and hasPermission(ProjectPermissionKey, Project, ApplicationUser) UNCONFIRMED there (past the excerpt; the int-permission overloads are deprecated since 6.3); 11.0 javadoc https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/security/PermissionManager.html not reachable, re-check with -Patlassian
package com.atlassian.jira.security;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.user.ApplicationUser;

public interface PermissionManager {
    boolean hasPermission(ProjectPermissionKey permissionKey, Issue issue, ApplicationUser user);

    boolean hasPermission(ProjectPermissionKey permissionKey, Project project, ApplicationUser user);
}
