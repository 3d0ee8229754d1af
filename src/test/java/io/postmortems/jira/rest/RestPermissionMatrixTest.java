package io.postmortems.jira.rest;

import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.config.PriorityManager;
import com.atlassian.jira.config.SubTaskManager;
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
import io.postmortems.core.model.EventKind;
import io.postmortems.core.model.PostMortem;
import io.postmortems.core.model.TimelineEvent;
import io.postmortems.core.review.ReviewReport;
import io.postmortems.jira.BundleI18nHelper;
import io.postmortems.jira.JiraFixture;
import io.postmortems.jira.JiraFixture.Role;
import io.postmortems.jira.admin.SettingsValidation;
import io.postmortems.jira.countermeasures.CountermeasureService;
import io.postmortems.jira.countermeasures.CountermeasureTargets;
import io.postmortems.jira.permissions.PostMortemPermissions;
import io.postmortems.jira.publish.PublishRequests;
import io.postmortems.jira.service.PostMortemService;
import io.postmortems.jira.service.TicketUpdates;
import io.postmortems.jira.settings.AppSettings;
import io.postmortems.jira.settings.SettingsStore;
import io.postmortems.jira.store.AoPostMortemStore;
import io.postmortems.jira.store.MirrorFailures;
import jakarta.ws.rs.core.Response;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** Every endpoint x every kind of user: the status codes, and that error bodies are field-named JSON. */
@RunWith(Parameterized.class)
public class RestPermissionMatrixTest {
    private static final String EVENT = "{\"at\":\"2026-03-01T14:05:00+01:00\",\"text\":\"Pager fired\",\"kind\":\"OBSERVATION\"}";

    record Endpoint(String name, Function<RestPermissionMatrixTest, Response> call, int[] expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    // expected per role: ANONYMOUS, NO_BROWSE, BROWSE_ONLY, EDIT, ADMIN
    private static final int[] READ = {404, 404, 200, 200, 200};
    private static final int[] SETTINGS = {403, 403, 403, 403, 200};

    private static int[] write(int ok) {
        return new int[]{404, 404, 403, ok, ok};
    }

    @Parameterized.Parameters(name = "{0} as {1}")
    public static List<Object[]> cases() {
        List<Endpoint> endpoints = List.of(
                new Endpoint("GET document", t -> t.resource.getDocument("PM-1"), READ),
                new Endpoint("PUT document", t -> t.resource.putDocument("PM-1", null,
                        "{\"revision\":1,\"document\":{\"summary\":\"new\"}}"), write(200)),
                new Endpoint("POST timeline", t -> t.resource.addEvent("PM-1", 1L, EVENT), write(201)),
                new Endpoint("PUT timeline", t -> t.resource.editEvent("PM-1", "e1", 1L, EVENT), write(200)),
                new Endpoint("DELETE timeline", t -> t.resource.removeEvent("PM-1", "e1", 1L), write(200)),
                // The revision the user saw is required on the timeline endpoints, and a stale one is a conflict.
                new Endpoint("POST timeline without revision", t -> t.resource.addEvent("PM-1", null, EVENT),
                        write(400)),
                new Endpoint("PUT timeline without revision", t -> t.resource.editEvent("PM-1", "e1", null, EVENT),
                        write(400)),
                new Endpoint("DELETE timeline without revision", t -> t.resource.removeEvent("PM-1", "e1", null),
                        write(400)),
                new Endpoint("POST timeline, stale revision", t -> t.resource.addEvent("PM-1", 0L, EVENT),
                        write(409)),
                new Endpoint("PUT timeline, stale revision", t -> t.resource.editEvent("PM-1", "e1", 0L, EVENT),
                        write(409)),
                new Endpoint("DELETE timeline, stale revision", t -> t.resource.removeEvent("PM-1", "e1", 0L),
                        write(409)),
                // Permission first: whoever may not edit learns nothing from a bad body (404/403, not field errors).
                new Endpoint("PUT document, bad body", t -> t.resource.putDocument("PM-1", null,
                        "{\"revision\":1,\"document\":{\"summary\":7}}"), write(400)),
                new Endpoint("PUT document, not JSON", t -> t.resource.putDocument("PM-1", null, "{"), write(400)),
                new Endpoint("POST timeline, bad body", t -> t.resource.addEvent("PM-1", 1L, "{\"at\":5}"),
                        write(400)),
                new Endpoint("PUT timeline, bad body", t -> t.resource.editEvent("PM-1", "e1", 1L, "[1]"),
                        write(400)),
                new Endpoint("POST countermeasures", t -> t.resource.createCountermeasures("PM-1"), write(200)),
                new Endpoint("POST publish", t -> t.resource.publish("PM-1"), write(202)),
                new Endpoint("POST status", t -> t.resource.changeStatus("PM-1", null,
                        "{\"status\":\"IN_REVIEW\",\"revision\":1}"), write(200)),
                // Start from the incident (#13): PM-2 already has its post-mortem PM-1, which an editor is sent to
                new Endpoint("POST incident post-mortem", t -> t.incident.start("PM-2"),
                        new int[]{404, 404, 403, 200, 200}),
                new Endpoint("POST incident post-mortem, unknown issue", t -> t.incident.start("PM-404"),
                        new int[]{404, 404, 404, 404, 404}),
                new Endpoint("POST draft accept", t -> t.drafts.accept("PM-1", "d1", 1L), write(200)),
                new Endpoint("DELETE draft", t -> t.drafts.drop("PM-1", "d1", 1L), write(200)),
                new Endpoint("POST draft accept without revision", t -> t.drafts.accept("PM-1", "d1", null),
                        write(400)),
                new Endpoint("DELETE draft, stale revision", t -> t.drafts.drop("PM-1", "d1", 0L), write(409)),
                new Endpoint("POST draft accept, unknown draft", t -> t.drafts.accept("PM-1", "nope", 1L),
                        write(404)),
                // Import from Markdown: Edit first; PM-1 has content, so replacing it needs the confirmation
                new Endpoint("POST import", t -> t.resource.importMarkdown("PM-1", null,
                        "{\"revision\":1,\"markdown\":\"# Imported\",\"replace\":true}"), write(200)),
                new Endpoint("POST import over content, unconfirmed", t -> t.resource.importMarkdown("PM-1", null,
                        "{\"revision\":1,\"markdown\":\"# Imported\"}"), write(409)),
                new Endpoint("POST import, stale revision", t -> t.resource.importMarkdown("PM-1", null,
                        "{\"revision\":0,\"markdown\":\"# Imported\",\"replace\":true}"), write(409)),
                new Endpoint("GET settings", t -> t.settings.get(), SETTINGS),
                new Endpoint("PUT settings", t -> t.settings.put("{\"spaceKey\":\"OPS\"}"), SETTINGS),
                new Endpoint("GET settings review file", t -> t.settings.reviewFile(), SETTINGS),
                new Endpoint("GET mirror failures", t -> t.mirror.list(), SETTINGS),
                new Endpoint("POST mirror repair", t -> t.mirror.repair(), SETTINGS));
        List<Object[]> cases = new ArrayList<>();
        for (Endpoint endpoint : endpoints) {
            for (Role role : Role.values()) {
                cases.add(new Object[]{endpoint, role});
            }
        }
        return cases;
    }

    @Parameterized.Parameter(0)
    public Endpoint endpoint;
    @Parameterized.Parameter(1)
    public Role role;

    PostMortemResource resource;
    SettingsResource settings;
    MirrorFailuresResource mirror;
    IncidentResource incident;
    DraftTimelineResource drafts;

    @Before
    public void setUp() throws Exception {
        RestEndpoints wired = new RestEndpoints(role);
        resource = wired.resource;
        settings = wired.settings;
        mirror = wired.mirror;
        incident = wired.incident;
        drafts = wired.drafts;
    }

    @Test
    public void endpoint_shouldAnswerTheRolesStatus() throws Exception {
        Response response = endpoint.call().apply(this);
        int expected = endpoint.expected()[role.ordinal()];
        assertEquals(endpoint + " as " + role + ": " + response.getEntity(), expected, response.getStatus());
        String body = String.valueOf(response.getEntity());
        Map<?, ?> json = Json.MAPPER.readValue(body, Map.class);
        if (expected >= 400) {
            assertTrue(body, json.get("errors") instanceof List<?> list && !list.isEmpty());
            assertFalse("no stack traces in " + body, body.contains("Exception") || body.contains("\tat "));
            assertFalse("messages are rendered, not keys: " + body, body.contains("postmortems."));
        }
        assertFalse("the token never leaves the server", body.contains("confluenceToken\""));
    }
}
