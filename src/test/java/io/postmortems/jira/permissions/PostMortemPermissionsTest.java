package io.postmortems.jira.permissions;

import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import io.postmortems.jira.JiraFixture;
import io.postmortems.jira.JiraFixture.Role;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

public class PostMortemPermissionsTest {
    @Rule
    public MockitoRule mockito = MockitoJUnit.rule();
    @Mock
    PermissionManager pm;
    @Mock
    GlobalPermissionManager gpm;

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
}
