package io.postmortems.jira.permissions;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The one place that answers "may this user do that?" for the app. Everything else asks here; nothing else talks to
 * Jira's permission managers. A null user is the anonymous visitor, who gets whatever Jira grants anonymous users.
 */
@Named
public class PostMortemPermissions {
    private final PermissionManager permissionManager;
    private final GlobalPermissionManager globalPermissionManager;

    @Inject
    public PostMortemPermissions(@ComponentImport PermissionManager permissionManager,
                                 @ComponentImport GlobalPermissionManager globalPermissionManager) {
        this.permissionManager = permissionManager;
        this.globalPermissionManager = globalPermissionManager;
    }

    /** May read the post-mortem (the issue is visible to the user, issue security included). */
    public boolean canBrowse(Issue issue, ApplicationUser user) {
        return issue != null && permissionManager.hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, user);
    }

    /** May change the post-mortem: needs to see the issue and to edit it. */
    public boolean canEdit(Issue issue, ApplicationUser user) {
        return canBrowse(issue, user) && permissionManager.hasPermission(ProjectPermissions.EDIT_ISSUES, issue, user);
    }

    /** Jira's Link Issues permission on the issue a link starts from (what Jira's own "Link" action checks). */
    public boolean canLink(Issue issue, ApplicationUser user) {
        return canBrowse(issue, user) && permissionManager.hasPermission(ProjectPermissions.LINK_ISSUES, issue, user);
    }

    /** May create issues (countermeasure tickets) in a project. */
    public boolean canCreateIn(Project project, ApplicationUser user) {
        return project != null && permissionManager.hasPermission(ProjectPermissions.CREATE_ISSUES, project, user);
    }

    /** May change the app's settings: Jira administrators only; never the anonymous visitor. */
    public boolean isAdministrator(ApplicationUser user) {
        return user != null && globalPermissionManager.hasPermission(GlobalPermissionKey.ADMINISTER, user);
    }
}
