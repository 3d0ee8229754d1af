package io.postmortems.jira.rest;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.postmortems.jira.service.IncidentPostMortems;
import io.postmortems.jira.service.ServiceException;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * "Create post-mortem" on an incident: {@code POST /incident/{issueKey}/postmortem} answers {@code {issueKey,
 * created}} of the incident's post-mortem (201 when this request created it, 200 when it existed). Translation only;
 * {@link IncidentPostMortems} decides.
 */
@Path("/incident/{issueKey}")
@Produces(MediaType.APPLICATION_JSON)
public class IncidentResource {
    private final JiraAuthenticationContext authenticationContext;
    private final IncidentPostMortems incidents;

    @Inject
    public IncidentResource(@ComponentImport JiraAuthenticationContext authenticationContext,
                            IncidentPostMortems incidents) {
        this.authenticationContext = authenticationContext;
        this.incidents = incidents;
    }

    @POST
    @Path("/postmortem")
    @LicensedOnly
    public Response start(@PathParam("issueKey") String issueKey) {
        try {
            IncidentPostMortems.Started started = incidents.start(authenticationContext.getLoggedInUser(), issueKey);
            ObjectNode body = Json.MAPPER.createObjectNode();
            body.put("issueKey", started.issueKey());
            body.put("created", started.created());
            return started.created() ? Json.status(Response.Status.CREATED, body) : Json.ok(body);
        } catch (ServiceException e) {
            return Json.of(e, authenticationContext.getI18nHelper());
        }
    }
}
