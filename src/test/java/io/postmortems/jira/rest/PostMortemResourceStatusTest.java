package io.postmortems.jira.rest;

import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.fasterxml.jackson.databind.JsonNode;
import io.postmortems.core.model.PostMortem;
import io.postmortems.core.model.Status;
import io.postmortems.core.review.ReviewReport;
import io.postmortems.jira.BundleI18nHelper;
import io.postmortems.jira.JiraFixture;
import io.postmortems.jira.JiraFixture.Role;
import io.postmortems.jira.countermeasures.CountermeasureService;
import io.postmortems.jira.permissions.PostMortemPermissions;
import io.postmortems.jira.publish.PublishRequests;
import io.postmortems.jira.service.PostMortemService;
import io.postmortems.jira.service.TicketUpdates;
import io.postmortems.jira.settings.AppSettings;
import io.postmortems.jira.settings.SettingsStore;
import jakarta.ws.rs.core.Response;
import org.junit.Before;
import org.junit.Test;

import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

public class PostMortemResourceStatusTest {
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
        store.save(10, new PostMortem(), 0);
        SettingsStore settings = mock(SettingsStore.class);
        when(settings.load()).thenReturn(AppSettings.defaults());
        PostMortemService service = new PostMortemService(JiraFixture.issueManager(issue),
                new PostMortemPermissions(pm, gpm), store, settings, (d, s) -> new ReviewReport(List.of()),
                JiraFixture.NO_GATE, mock(PublishRequests.class), TicketUpdates.NONE);
        resource = new PostMortemResource(auth, service, mock(CountermeasureService.class));
    }

    private static JsonNode body(Response response) throws Exception {
        return Json.MAPPER.readTree(String.valueOf(response.getEntity()));
    }

    @Test
    public void changeStatus_shouldAnswerTheDocumentWithItsNewStatusAndRevision() throws Exception {
        Response response = resource.changeStatus("PM-1", "\"1\"", "{\"status\":\"IN_REVIEW\"}");
        assertEquals(200, response.getStatus());
        assertEquals("IN_REVIEW", body(response).get("document").get("status").asText());
        assertEquals(2, body(response).get("revision").asLong());
        assertEquals(Status.IN_REVIEW, store.load(10).orElseThrow().document().getStatus());
    }

    @Test
    public void changeStatus_shouldNameTheFieldOfAnUnknownOrMissingStatus() throws Exception {
        Response unknown = resource.changeStatus("PM-1", null, "{\"status\":\"done\",\"revision\":1}");
        assertEquals(400, unknown.getStatus());
        assertEquals("status", body(unknown).get("errors").get(0).get("field").asText());
        assertEquals("Send the target status as one of DRAFT, IN_REVIEW or APPROVED.",
                body(unknown).get("errors").get(0).get("message").asText());
        Response missing = resource.changeStatus("PM-1", null, "{\"revision\":1}");
        assertEquals(400, missing.getStatus());
        assertEquals("status", body(missing).get("errors").get(0).get("field").asText());
        Response noRevision = resource.changeStatus("PM-1", null, "{\"status\":\"IN_REVIEW\"}");
        assertEquals(400, noRevision.getStatus());
        assertEquals("revision", body(noRevision).get("errors").get(0).get("field").asText());
        assertEquals(Status.DRAFT, store.load(10).orElseThrow().document().getStatus());
    }

    @Test
    public void changeStatus_shouldAnswer409ForAStaleRevision() throws Exception {
        Response response = resource.changeStatus("PM-1", null, "{\"status\":\"IN_REVIEW\",\"revision\":7}");
        assertEquals(409, response.getStatus());
        assertEquals("revision", body(response).get("errors").get(0).get("field").asText());
    }
}
