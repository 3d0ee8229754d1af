package io.postmortems.jira.permissions;

import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.security.groups.GroupManager;
import com.atlassian.jira.security.roles.ProjectRole;
import com.atlassian.jira.security.roles.ProjectRoleManager;
import com.atlassian.jira.user.ApplicationUser;
import io.postmortems.jira.settings.WorkflowSettings;
import io.postmortems.jira.JiraFixture;
import io.postmortems.jira.JiraFixture.Role;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

public class PostMortemPermissionsTest {
    @Rule
    public MockitoRule mockito = MockitoJUnit.rule();
    @Mock
    PermissionManager pm;
    @Mock
    GlobalPermissionManager gpm;
    @Mock
    ProjectRoleManager roles;
    @Mock
    GroupManager groups;
    @Mock
    ProjectRole reviewers;

    private static WorkflowSettings approvers(String role, String group) {
        return new WorkflowSettings(role, group, true, true, null, false);
    }

    private String answers(Role role) {
        Project project = JiraFixture.project(1, "PM");
        MutableIssue issue = JiraFixture.postMortemIssue(10, "PM-1", project);
        ApplicationUser user = JiraFixture.grant(role, issue, project, pm, gpm);
        PostMortemPermissions permissions = new PostMortemPermissions(pm, gpm);
        return "" + permissions.canBrowse(issue, user) + permissions.canEdit(issue, user)
                + permissions.canCreateIn(project, user) + permissions.isAdministrator(user);
    }

    @Test
    public void roles_shouldMapToTheMatrixOfJiraPermissions() {
        assertEquals("falsefalsefalsefalse", answers(Role.ANONYMOUS));
        assertEquals("falsefalsefalsefalse", answers(Role.NO_BROWSE));
        assertEquals("truefalsefalsefalse", answers(Role.BROWSE_ONLY));
        assertEquals("truetruetruefalse", answers(Role.EDIT));
        assertEquals("truetruetruetrue", answers(Role.ADMIN));
    }

    @Test
    public void nullIssueOrProject_shouldNeverBeAllowed() {
        PostMortemPermissions permissions = new PostMortemPermissions(pm, gpm);
        assertFalse(permissions.canBrowse(null, null));
        assertFalse(permissions.canCreateIn(null, null));
    }

    @Test
    public void canApprove_shouldFallBackToEditorsWhenNoRoleOrGroupIsConfigured() {
        Project project = JiraFixture.project(1, "PM");
        MutableIssue issue = JiraFixture.postMortemIssue(10, "PM-1", project);
        PostMortemPermissions permissions = new PostMortemPermissions(pm, gpm, roles, groups);
        ApplicationUser editor = JiraFixture.grant(Role.EDIT, issue, project, pm, gpm);
        assertTrue(permissions.canApprove(issue, editor, WorkflowSettings.defaults()));
        ApplicationUser reader = JiraFixture.grant(Role.BROWSE_ONLY, issue, project, pm, gpm);
        assertFalse(permissions.canApprove(issue, reader, WorkflowSettings.defaults()));
        verifyNoInteractions(roles, groups);
    }

    @Test
    public void canApprove_shouldNeedMembershipOfTheConfiguredRoleInTheIssuesProject() {
        Project project = JiraFixture.project(1, "PM");
        MutableIssue issue = JiraFixture.postMortemIssue(10, "PM-1", project);
        PostMortemPermissions permissions = new PostMortemPermissions(pm, gpm, roles, groups);
        ApplicationUser reader = JiraFixture.grant(Role.BROWSE_ONLY, issue, project, pm, gpm);
        when(roles.getProjectRole("Reviewers")).thenReturn(reviewers);
        when(roles.isUserInProjectRole(reader, reviewers, project)).thenReturn(true);
        assertTrue("a role member approves without edit rights",
                permissions.canApprove(issue, reader, approvers("Reviewers", null)));
        assertFalse("an unknown role matches nobody", permissions.canApprove(issue, reader, approvers("Ghosts", null)));
    }

    @Test
    public void canApprove_shouldNeedMembershipOfTheConfiguredGroupAndNeverForAnEditorAlone() {
        Project project = JiraFixture.project(1, "PM");
        MutableIssue issue = JiraFixture.postMortemIssue(10, "PM-1", project);
        PostMortemPermissions permissions = new PostMortemPermissions(pm, gpm, roles, groups);
        ApplicationUser editor = JiraFixture.grant(Role.EDIT, issue, project, pm, gpm);
        assertFalse(permissions.canApprove(issue, editor, approvers(null, "sre-leads")));
        when(groups.isUserInGroup(editor, "sre-leads")).thenReturn(true);
        assertTrue(permissions.canApprove(issue, editor, approvers(null, "sre-leads")));
        assertTrue("role or group", permissions.canApprove(issue, editor, approvers("Reviewers", "sre-leads")));
    }

    @Test
    public void canApprove_shouldRefuseAnonymousAndUsersWhoCannotSeeTheIssue() {
        Project project = JiraFixture.project(1, "PM");
        MutableIssue issue = JiraFixture.postMortemIssue(10, "PM-1", project);
        PostMortemPermissions permissions = new PostMortemPermissions(pm, gpm, roles, groups);
        ApplicationUser hidden = JiraFixture.grant(Role.NO_BROWSE, issue, project, pm, gpm);
        when(groups.isUserInGroup(any(), any())).thenReturn(true);
        assertFalse(permissions.canApprove(issue, hidden, approvers(null, "sre-leads")));
        assertFalse(permissions.canApprove(issue, null, approvers(null, "sre-leads")));
    }

    @Test
    public void canComment_shouldNeedBrowseAndAddCommentsAndALoggedInUser() {
        Project project = JiraFixture.project(1, "PM");
        MutableIssue issue = JiraFixture.postMortemIssue(10, "PM-1", project);
        PostMortemPermissions permissions = new PostMortemPermissions(pm, gpm);
        ApplicationUser editor = JiraFixture.grant(Role.EDIT, issue, project, pm, gpm);
        assertFalse(permissions.canComment(issue, editor));
        when(pm.hasPermission(com.atlassian.jira.permission.ProjectPermissions.ADD_COMMENTS, issue, editor))
                .thenReturn(true);
        assertTrue(permissions.canComment(issue, editor));
        assertFalse(permissions.canComment(issue, null));
    }
}
