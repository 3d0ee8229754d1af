package io.postmortems.jira.rest;

import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.config.PriorityManager;
import com.atlassian.jira.config.SubTaskManager;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.label.LabelManager;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.util.DateFieldFormat;
import com.atlassian.jira.util.ErrorCollection;
import com.fasterxml.jackson.databind.JsonNode;
import io.postmortems.core.model.Countermeasure;
import io.postmortems.core.model.PostMortem;
import io.postmortems.core.review.ReviewReport;
import io.postmortems.jira.BundleI18nHelper;
import io.postmortems.jira.JiraFixture;
import io.postmortems.jira.JiraFixture.Role;
import io.postmortems.jira.countermeasures.CountermeasureService;
import io.postmortems.jira.countermeasures.TicketCreator;
import io.postmortems.jira.countermeasures.CountermeasureStatusReconciler;
import io.postmortems.jira.countermeasures.CountermeasureSync;
import io.postmortems.jira.countermeasures.TicketStatuses;
import io.postmortems.jira.countermeasures.CountermeasureTargets;
import io.postmortems.jira.permissions.PostMortemPermissions;
import io.postmortems.jira.publish.PublishRequests;
import io.postmortems.jira.service.PostMortemService;
import io.postmortems.jira.settings.AppSettings;
import io.postmortems.jira.settings.SettingsStore;
import jakarta.ws.rs.core.Response;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;
import org.mockito.quality.Strictness;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** PUT /document with a countermeasure that has a ticket: Jira's refusals as a 400, late failures as warnings. */
public class PostMortemResourceTicketTest {
    @Rule
    public MockitoRule mockito = MockitoJUnit.rule().strictness(Strictness.LENIENT);

    private static final String EDIT = "{\"revision\":1,\"document\":{\"countermeasures\":[{\"id\":\"c1\","
            + "\"summary\":\"Canary for every service\",\"owner\":\"alice\",\"dueDate\":\"2026-04-01\","
            + "\"priority\":\"HIGH\"}]}}";

    private final IssueService issueService = mock(IssueService.class);
    private final JiraFixture.MemoryStore store = new JiraFixture.MemoryStore();
    private PostMortemResource resource;

    @Before
    public void setUp() throws Exception {
        Project project = JiraFixture.project(1, "PM");
        MutableIssue issue = JiraFixture.postMortemIssue(10, "PM-1", project);
        PermissionManager pm = mock(PermissionManager.class);
        GlobalPermissionManager gpm = mock(GlobalPermissionManager.class);
        ApplicationUser user = JiraFixture.grant(Role.EDIT, issue, project, pm, gpm);
        JiraAuthenticationContext auth = mock(JiraAuthenticationContext.class);
        when(auth.getLoggedInUser()).thenReturn(user);
        when(auth.getI18nHelper()).thenReturn(BundleI18nHelper.create());
        PostMortem doc = new PostMortem();
        Countermeasure cm = new Countermeasure("c1", "Add a canary stage", "alice", LocalDate.of(2026, 4, 1));
        cm.setPriority(io.postmortems.core.model.Priority.HIGH);
        cm.setIssueKey("PM-2");
        doc.getCountermeasures().add(cm);
        store.save(10, doc, 0);

        MutableIssue ticket = mock(MutableIssue.class);
        when(ticket.getId()).thenReturn(102L);
        IssueManager tickets = mock(IssueManager.class);
        when(tickets.getIssueObject("PM-2")).thenReturn(ticket);
        IssueService.IssueResult visible = mock(IssueService.IssueResult.class);
        when(visible.getIssue()).thenReturn(ticket);
        when(issueService.getIssue(any(), eq("PM-2"))).thenReturn(visible);
        when(issueService.isEditable(ticket, user)).thenReturn(true);
        when(issueService.newIssueInputParameters()).thenAnswer(inv -> mock(IssueInputParameters.class));

        SettingsStore settings = mock(SettingsStore.class);
        when(settings.load()).thenReturn(AppSettings.defaults());
        PostMortemPermissions permissions = new PostMortemPermissions(pm, gpm);
        PostMortemService service = new PostMortemService(JiraFixture.issueManager(issue), permissions, store,
                settings, (d, s) -> new ReviewReport(List.of()), JiraFixture.NO_GATE, mock(PublishRequests.class),
                new CountermeasureSync(issueService, tickets, mock(UserManager.class), mock(PriorityManager.class),
                        mock(DateFieldFormat.class),
                        new CountermeasureStatusReconciler(mock(TicketStatuses.class), store)));
        CountermeasureService countermeasures = new CountermeasureService(
                new TicketCreator(issueService, mock(UserManager.class), mock(PriorityManager.class),
                        mock(DateFieldFormat.class), mock(LabelManager.class), mock(SubTaskManager.class),
                        mock(IssueLinkManager.class)),
                permissions, service, settings, mock(CountermeasureTargets.class),
                new io.postmortems.jira.platform.ClusterLocks(
                        io.postmortems.jira.testing.FakeClusterLockService.inMemory()));
        resource = new PostMortemResource(auth, service, countermeasures);
    }

    @Test
    public void putDocument_shouldAnswer400WithJiraErrorsByFieldAndKeepDocument() throws Exception {
        IssueService.UpdateValidationResult refused = mock(IssueService.UpdateValidationResult.class);
        ErrorCollection errors = mock(ErrorCollection.class);
        when(errors.getErrors()).thenReturn(Map.of("summary", "Summary must be less than 255 characters."));
        when(refused.getErrorCollection()).thenReturn(errors);
        when(issueService.validateUpdate(any(), anyLong(), any())).thenReturn(refused);

        Response response = resource.putDocument("PM-1", null, EDIT);

        assertEquals(400, response.getStatus());
        JsonNode body = Json.MAPPER.readTree(String.valueOf(response.getEntity()));
        assertEquals("countermeasures[0].summary", body.get("errors").get(0).get("field").asText());
        assertEquals("Summary must be less than 255 characters.", body.get("errors").get(0).get("message").asText());
        assertEquals("Add a canary stage", store.load(10).orElseThrow().document().getCountermeasures().get(0)
                .getSummary());
    }

    @Test
    public void putDocument_shouldSaveAndReportTicketNotUpdatedAsWarning() throws Exception {
        IssueService.UpdateValidationResult ok = mock(IssueService.UpdateValidationResult.class);
        when(ok.isValid()).thenReturn(true);
        when(issueService.validateUpdate(any(), anyLong(), any())).thenReturn(ok);
        IssueService.IssueResult failed = mock(IssueService.IssueResult.class);
        when(issueService.update(any(), eq(ok))).thenReturn(failed);

        Response response = resource.putDocument("PM-1", null, EDIT);

        assertEquals(200, response.getStatus());
        String text = String.valueOf(response.getEntity());
        JsonNode body = Json.MAPPER.readTree(text);
        assertEquals(2, body.get("revision").asLong());
        JsonNode warning = body.get("warnings").get(0);
        assertEquals("countermeasures[0].issueKey", warning.get("field").asText());
        assertTrue(text, warning.get("message").asText().contains("PM-2"));
        assertFalse("rendered, not keys: " + text, text.contains("postmortems."));
        assertEquals("Canary for every service", store.load(10).orElseThrow().document().getCountermeasures().get(0)
                .getSummary());
    }
}
