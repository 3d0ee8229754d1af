package io.postmortems.jira.permissions;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.security.groups.GroupManager;
import com.atlassian.jira.security.roles.ProjectRole;
import com.atlassian.jira.security.roles.ProjectRoleManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import jakarta.inject.Inject;
import io.postmortems.jira.settings.WorkflowSettings;
import jakarta.inject.Named;

/**
 * The one place that answers "may this user do that?" for the app. Everything else asks here; nothing else talks to
 * Jira's permission managers. A null user is the anonymous visitor, who gets whatever Jira grants anonymous users.
 */
@Named
public class PostMortemPermissions {
    private final PermissionManager permissionManager;
    private final GlobalPermissionManager globalPermissionManager;
    private final ProjectRoleManager roles;
    private final GroupManager groups;

    @Inject
    public PostMortemPermissions(@ComponentImport PermissionManager permissionManager,
                                 @ComponentImport GlobalPermissionManager globalPermissionManager,
                                 @ComponentImport ProjectRoleManager roles, @ComponentImport GroupManager groups) {
        this.permissionManager = permissionManager;
        this.globalPermissionManager = globalPermissionManager;
        this.roles = roles;
        this.groups = groups;
    }

    /** Without role and group look-ups: a configured approver role or group then never matches anyone. */
    public PostMortemPermissions(PermissionManager permissionManager, GlobalPermissionManager globalPermissionManager) {
        this(permissionManager, globalPermissionManager, null, null);
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

    /** May comment on the issue (announcements are made as the publishing user, so Jira's rules apply). */
    public boolean canComment(Issue issue, ApplicationUser user) {
        return user != null && canBrowse(issue, user)
                && permissionManager.hasPermission(ProjectPermissions.ADD_COMMENTS, issue, user);
    }

    /**
     * May approve the post-mortem: a logged-in user who sees it and, when the administrator named an approver role or
     * group, is a member of that role in the issue's project or of that group; when neither is named, anyone who may
     * edit it. Whether the user is the only author is the lifecycle rule's question, not this one.
     */
    public boolean canApprove(Issue issue, ApplicationUser user, WorkflowSettings workflow) {
        if (user == null || !canBrowse(issue, user)) {
            return false;
        }
        if (!workflow.approversConfigured()) {
            return canEdit(issue, user);
        }
        return inRole(issue, user, workflow.approverRole()) || inGroup(user, workflow.approverGroup());
    }

    private boolean inRole(Issue issue, ApplicationUser user, String roleName) {
        if (roleName == null || roles == null || issue.getProjectObject() == null) {
            return false;
        }
        ProjectRole role = roles.getProjectRole(roleName);
        return role != null && roles.isUserInProjectRole(user, role, issue.getProjectObject());
    }

    private boolean inGroup(ApplicationUser user, String groupName) {
        return groupName != null && groups != null && groups.isUserInGroup(user, groupName);
    }

    /** May change the app's settings: Jira administrators only; never the anonymous visitor. */
    public boolean isAdministrator(ApplicationUser user) {
        return user != null && globalPermissionManager.hasPermission(GlobalPermissionKey.ADMINISTER, user);
    }
}
