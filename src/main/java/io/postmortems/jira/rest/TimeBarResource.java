package io.postmortems.jira.rest;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.postmortems.core.model.IncidentTimes;
import io.postmortems.jira.panel.PanelTimeBar;
import io.postmortems.jira.service.PostMortemService;
import io.postmortems.jira.service.ServiceException;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The incident time bar for key times being edited, read-only: {@code POST .../issue/{key}/timebar} with
 * {@code {"times": {...}}} (the document's {@code times} as the editor would save them) answers
 * {@code {"lines": [..], "legend": [{"letter", "text"}], "metrics": {...}}} in the user's zone and language, lines and
 * legend empty when the times give no bar, {@code metrics} the durations as a save answers them
 * ({@link Json#metrics}). Stores nothing; only someone who may edit the post-mortem asks. Translation only.
 */
@Path("/issue/{issueKey}/timebar")
@Produces(MediaType.APPLICATION_JSON)
public class TimeBarResource {
    private final JiraAuthenticationContext authenticationContext;
    private final PostMortemService postMortems;
    private final PanelTimeBar timeBars;

    @Inject
    public TimeBarResource(@ComponentImport JiraAuthenticationContext authenticationContext,
                           PostMortemService postMortems, PanelTimeBar timeBars) {
        this.authenticationContext = authenticationContext;
        this.postMortems = postMortems;
        this.timeBars = timeBars;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public Response draw(@PathParam("issueKey") String issueKey, String body) {
        try {
            postMortems.editableIssue(authenticationContext.getLoggedInUser(), issueKey); // before reading the body
            JsonNode times = Json.tree(body).get("times");
            if (times == null || !times.isObject()) {
                throw new Json.BadRequest("times", "postmortems.error.times.missing");
            }
            return Json.ok(body(timeBars.of(Json.read(times, IncidentTimes.class, "times"))));
        } catch (Json.BadRequest e) {
            return Json.of(e, authenticationContext.getI18nHelper());
        } catch (ServiceException e) {
            return Json.of(e, authenticationContext.getI18nHelper());
        }
    }

    private static ObjectNode body(PanelTimeBar.Drawing drawing) {
        ObjectNode body = Json.MAPPER.createObjectNode();
        ArrayNode lines = body.putArray("lines");
        ArrayNode legend = body.putArray("legend");
        drawing.bar().ifPresent(b -> {
            b.lines().forEach(lines::add);
            b.legend().forEach(m -> legend.addObject().put("letter", m.letter()).put("text", m.text()));
        });
        body.set("metrics", Json.metrics(drawing.durations()));
        return body;
    }
}
