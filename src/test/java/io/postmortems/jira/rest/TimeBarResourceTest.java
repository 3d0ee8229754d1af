package io.postmortems.jira.rest;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.timezone.TimeZoneManager;
import com.atlassian.jira.user.ApplicationUser;
import com.fasterxml.jackson.databind.JsonNode;
import io.postmortems.jira.BundleI18nHelper;
import io.postmortems.jira.panel.PanelTimeBar;
import io.postmortems.jira.service.PostMortemService;
import io.postmortems.jira.service.ServiceException;
import jakarta.ws.rs.core.Response;
import org.junit.Before;
import org.junit.Test;

import java.util.Locale;
import java.util.TimeZone;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** The editor's time bar for edited times: drawn in the user's zone and language, only for someone who may edit. */
public class TimeBarResourceTest {
    private static final String TIMES = "{\"times\": {\"started\": \"2026-11-20T09:00:00+01:00\","
            + " \"detected\": \"2026-11-20T09:12:00+01:00\", \"mitigated\": \"2026-11-20T10:00:00+01:00\","
            + " \"resolved\": \"2026-11-20T11:00:00+01:00\"}}";
    private final ApplicationUser editor = mock(ApplicationUser.class);
    private final PostMortemService postMortems = mock(PostMortemService.class);
    private TimeBarResource resource;

    @Before
    public void setUp() throws Exception {
        JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class);
        when(authentication.getLoggedInUser()).thenReturn(editor);
        when(authentication.getI18nHelper()).thenReturn(BundleI18nHelper.create(Locale.GERMAN));
        TimeZoneManager zones = mock(TimeZoneManager.class);
        when(zones.getLoggedInUserTimeZone()).thenReturn(TimeZone.getTimeZone("Europe/Berlin"));
        when(postMortems.editableIssue(editor, "PM-1")).thenReturn(mock(Issue.class));
        when(postMortems.editableIssue(editor, "PM-2")).thenThrow(ServiceException.of(
                ServiceException.Kind.FORBIDDEN, "issueKey", "postmortems.error.issue.noEdit", "PM-2"));
        resource = new TimeBarResource(authentication, postMortems, new PanelTimeBar(authentication, zones));
    }

    private static JsonNode json(Response response) throws Exception {
        return Json.MAPPER.readTree(String.valueOf(response.getEntity()));
    }

    @Test
    public void draw_shouldAnswerTheBarInTheUsersLanguageAndZone() throws Exception {
        Response response = resource.draw("PM-1", TIMES);
        assertEquals(200, response.getStatus());
        JsonNode body = json(response);
        assertTrue(body.toString(), body.get("lines").get(0).asText().startsWith("Vorfall "));
        assertEquals("I", body.get("legend").get(2).get("letter").asText());
        assertEquals("Einged\u00e4mmt 2026-11-20 10:00 (+1h 00m)", body.get("legend").get(2).get("text").asText());
    }

    @Test
    public void draw_shouldAnswerTheDurationsOfTheEditedTimesAsASaveDoes() throws Exception {
        JsonNode metrics = json(resource.draw("PM-1", TIMES)).get("metrics");
        assertEquals("12m", metrics.get("timeToDetect").get("display").asText());
        assertEquals("1h 00m", metrics.get("timeToMitigate").get("display").asText());
        assertEquals(3600, metrics.get("timeToMitigate").get("seconds").asLong());
        assertEquals("2h 00m", metrics.get("timeToResolve").get("display").asText());
        assertEquals("1h 00m", metrics.get("userImpact").get("display").asText());
        assertFalse("no acknowledged time, no time to acknowledge", metrics.has("timeToAcknowledge"));
    }

    @Test
    public void draw_shouldAnswerNoLinesWhenTheTimesGiveNoBar() throws Exception {
        JsonNode body = json(resource.draw("PM-1", "{\"times\": {\"started\": \"2026-11-20T09:00:00+01:00\"}}"));
        assertEquals(0, body.get("lines").size());
        assertEquals(0, body.get("legend").size());
        assertEquals(0, body.get("metrics").size());
    }

    @Test
    public void draw_shouldRefuseSomeoneWhoMayNotEditBeforeReadingTheBody() {
        assertEquals(403, resource.draw("PM-2", "{not json").getStatus());
    }

    @Test
    public void draw_shouldNameTheFieldOfABadBody() throws Exception {
        Response missing = resource.draw("PM-1", "{\"document\": {}}");
        assertEquals(400, missing.getStatus());
        assertTrue(json(missing).toString(), json(missing).toString().contains("\"times\""));
        Response badTime = resource.draw("PM-1", "{\"times\": {\"mitigated\": \"soon\"}}");
        assertEquals(400, badTime.getStatus());
        assertTrue(json(badTime).toString(), json(badTime).toString().contains("times.mitigated"));
    }
}
