package io.postmortems.jira.rest;

import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.fasterxml.jackson.databind.JsonNode;
import io.postmortems.core.model.PostMortem;
import io.postmortems.core.review.Finding;
import io.postmortems.core.review.Level;
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
import org.junit.Test;

import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** The panel redraws its findings from a save's answer: each finding comes with its message in the user's language. */
public class PostMortemResourceReviewTest {
    @Test
    public void putDocument_shouldAnswerEachFindingWithItsMessage() throws Exception {
        Project project = JiraFixture.project(1, "PM");
        MutableIssue issue = JiraFixture.postMortemIssue(10, "PM-1", project);
        PermissionManager pm = mock(PermissionManager.class);
        GlobalPermissionManager gpm = mock(GlobalPermissionManager.class);
        ApplicationUser user = JiraFixture.grant(Role.EDIT, issue, project, pm, gpm);
        JiraAuthenticationContext auth = mock(JiraAuthenticationContext.class);
        when(auth.getLoggedInUser()).thenReturn(user);
        when(auth.getI18nHelper()).thenReturn(BundleI18nHelper.create());
        JiraFixture.MemoryStore store = new JiraFixture.MemoryStore();
        store.save(10, new PostMortem(), 0);
        SettingsStore settings = mock(SettingsStore.class);
        when(settings.load()).thenReturn(AppSettings.defaults());
        PostMortemService service = new PostMortemService(JiraFixture.issueManager(issue),
                new PostMortemPermissions(pm, gpm), store, settings, (d, s) -> new ReviewReport(List.of(
                new Finding(Level.ERROR, "severity", "completeness.severity.missing",
                        "postmortems.review.completeness.severity.missing", List.of("SEV1, SEV2")))),
                JiraFixture.NO_GATE, mock(PublishRequests.class), TicketUpdates.NONE);
        PostMortemResource resource = new PostMortemResource(auth, service, mock(CountermeasureService.class));

        Response response = resource.putDocument("PM-1", null, "{\"revision\":1,\"document\":{\"title\":\"T\"}}");

        assertEquals(200, response.getStatus());
        JsonNode finding = Json.MAPPER.readTree(String.valueOf(response.getEntity())).get("review").get("findings")
                .get(0);
        assertEquals("severity", finding.get("path").asText());
        assertEquals("ERROR", finding.get("level").asText());
        assertEquals("Choose a severity (SEV1, SEV2).", finding.get("message").asText());
    }
}
