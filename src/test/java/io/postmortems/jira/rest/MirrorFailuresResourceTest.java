package io.postmortems.jira.rest;

import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.fasterxml.jackson.databind.JsonNode;
import io.postmortems.jira.BundleI18nHelper;
import io.postmortems.jira.JiraFixture;
import io.postmortems.jira.permissions.PostMortemPermissions;
import io.postmortems.jira.store.AoPostMortemStore;
import io.postmortems.jira.store.MirrorFailures;
import jakarta.ws.rs.core.Response;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

public class MirrorFailuresResourceTest {
    @Rule
    public MockitoRule mockito = MockitoJUnit.rule();
    @Mock
    AoPostMortemStore store;
    @Mock
    IssueManager issues;
    @Mock
    JiraAuthenticationContext auth;

    private final MirrorFailures failures = new MirrorFailures();
    private MirrorFailuresResource resource;
    private PermissionManager pm;
    private GlobalPermissionManager gpm;

    @Before
    public void setUp() {
        pm = mock(PermissionManager.class);
        gpm = mock(GlobalPermissionManager.class);
        as(JiraFixture.Role.ADMIN);
        when(auth.getI18nHelper()).thenReturn(BundleI18nHelper.create());
        MutableIssue issue = mock(MutableIssue.class);
        when(issue.getKey()).thenReturn("PM-7");
        when(issues.getIssueObject(7L)).thenReturn(issue);
        when(pm.hasPermission(eq(ProjectPermissions.BROWSE_PROJECTS), eq(issue), any())).thenReturn(true);
        resource = new MirrorFailuresResource(auth, new PostMortemPermissions(pm, gpm), failures, store, issues);
    }

    private void as(JiraFixture.Role role) {
        ApplicationUser user = JiraFixture.grant(role, null, null, pm, gpm);
        when(auth.getLoggedInUser()).thenReturn(user);
    }

    private static JsonNode json(Response response) throws Exception {
        return Json.MAPPER.readTree(String.valueOf(response.getEntity()));
    }

    @Test
    public void list_shouldNameIssueKeyReasonAndTimeNewestFirst() throws Exception {
        failures.failed(8L, "Jira refused issue property postmortem of issue 8: no such issue");
        failures.failed(7L, "Jira refused issue property postmortem of issue 7: value too long\n\tat x.Y.z(Y.java:3)");
        Response response = resource.list();
        assertEquals(200, response.getStatus());
        JsonNode list = json(response).get("failures");
        assertEquals(2, list.size());
        assertEquals("PM-7", list.get(0).get("issueKey").asText());
        assertEquals(7L, list.get(0).get("issueId").asLong());
        assertEquals("Jira refused issue property postmortem of issue 7: value too long",
                list.get(0).get("reason").asText());
        assertTrue(list.get(0).get("at").asText().matches("\\d{4}-\\d\\d-\\d\\dT.*Z"));
        assertTrue("a deleted issue has no key", list.get(1).get("issueKey").isNull());
        assertFalse("no stack trace", String.valueOf(response.getEntity()).contains("\\tat "));
    }

    @Test
    public void list_shouldLeaveOutIssuesTheAdministratorMayNotBrowse() throws Exception {
        MutableIssue secret = mock(MutableIssue.class);
        when(secret.getKey()).thenReturn("HR-1");
        when(issues.getIssueObject(9L)).thenReturn(secret);
        failures.failed(9L, "Jira refused issue property postmortem of issue 9: value too long");
        failures.failed(7L, "index down");
        JsonNode body = json(resource.list());
        assertEquals(1, body.get("failures").size());
        assertEquals("PM-7", body.get("failures").get(0).get("issueKey").asText());
        assertEquals(1, body.get("hidden").asInt());
        assertFalse(body.toString(), body.toString().contains("HR-1"));
    }

    @Test
    public void list_shouldBeEmptyWhenEveryMirrorIsCurrent() throws Exception {
        assertEquals(0, json(resource.list()).get("failures").size());
    }

    @Test
    public void repair_shouldRewriteTheListedMirrorsAndReportHowManyWereRepaired() throws Exception {
        failures.failed(7L, "index down");
        failures.failed(8L, "index down");
        when(store.repairFailedMirrors()).thenAnswer(i -> {
            failures.succeeded(7L);
            return new AoPostMortemStore.MirrorRefresh(1, 1, 0);
        });
        Response response = resource.repair();
        assertEquals(200, response.getStatus());
        JsonNode body = json(response);
        assertEquals(1, body.get("repaired").asInt());
        assertEquals(1, body.get("failed").asInt());
        assertEquals(0, body.get("withoutPostMortem").asInt());
        assertEquals("the list after the repair", 1, body.get("failures").size());
        assertEquals(8L, body.get("failures").get(0).get("issueId").asLong());
    }

    @Test
    public void repair_shouldBeRefusedToNonAdministratorsWithoutTouchingTheStore() throws Exception {
        as(JiraFixture.Role.EDIT);
        Response response = resource.repair();
        assertEquals(403, response.getStatus());
        assertEquals("Only Jira administrators may see or repair the search index of post-mortems.",
                json(response).get("errors").get(0).get("message").asText());
        verify(store, never()).repairFailedMirrors();
    }

    @Test
    public void list_shouldBeRefusedToAnonymousVisitors() {
        failures.failed(7L, "index down");
        as(JiraFixture.Role.ANONYMOUS);
        Response response = resource.list();
        assertEquals(403, response.getStatus());
        assertFalse(String.valueOf(response.getEntity()).contains("PM-7"));
    }
}
