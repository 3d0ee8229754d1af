package io.postmortems.jira.countermeasures;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.postmortems.jira.service.Owners;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Owners as tickets resolve them ({@link TicketFields#owner}: user name, else user key). An owner is assignable when
 * that user is active and holds the "Assignable user" permission in the post-mortem's project, so the ticket made for
 * the countermeasure later can be assigned to them.
 */
@Named
public class JiraOwners implements Owners {
    private final UserManager users;
    private final PermissionManager permissions;

    @Inject
    public JiraOwners(@ComponentImport UserManager users, @ComponentImport PermissionManager permissions) {
        this.users = users;
        this.permissions = permissions;
    }

    @Override
    public boolean assignable(Issue postMortem, String owner) {
        ApplicationUser user = user(owner);
        return user != null && user.isActive()
                && permissions.hasPermission(ProjectPermissions.ASSIGNABLE_USER, postMortem, user);
    }

    @Override
    public String displayName(String owner) {
        ApplicationUser user = user(owner);
        return user == null || user.getDisplayName() == null ? owner : user.getDisplayName();
    }

    private ApplicationUser user(String owner) {
        return TicketFields.owner(users, owner == null ? null : owner.strip()).orElse(null);
    }
}
