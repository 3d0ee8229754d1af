package io.postmortems.jira.rest;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.postmortems.jira.service.PostMortemService;
import io.postmortems.jira.service.ServiceException;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The draft timeline of a post-mortem started from an incident: {@code POST .../{draftId}/accept?revision=n} moves an
 * entry to the timeline, {@code DELETE .../{draftId}?revision=n} drops it. Both answer {@code {revision, timeline,
 * drafts}} (the new revision and how many entries each list holds). Translation only.
 */
@Path("/issue/{issueKey}/draft-timeline")
@Produces(MediaType.APPLICATION_JSON)
public class DraftTimelineResource {
    private final JiraAuthenticationContext authenticationContext;
    private final PostMortemService postMortems;

    @Inject
    public DraftTimelineResource(@ComponentImport JiraAuthenticationContext authenticationContext,
                                 PostMortemService postMortems) {
        this.authenticationContext = authenticationContext;
        this.postMortems = postMortems;
    }

    @POST
    @Path("/{draftId}/accept")
    @LicensedOnly
    public Response accept(@PathParam("issueKey") String issueKey, @PathParam("draftId") String draftId,
                           @QueryParam("revision") Long revision) {
        return answer(issueKey, () -> postMortems.acceptDraft(authenticationContext.getLoggedInUser(), issueKey,
                draftId, required(revision)));
    }

    @DELETE
    @Path("/{draftId}")
    @LicensedOnly
    public Response drop(@PathParam("issueKey") String issueKey, @PathParam("draftId") String draftId,
                         @QueryParam("revision") Long revision) {
        return answer(issueKey, () -> postMortems.dropDraft(authenticationContext.getLoggedInUser(), issueKey,
                draftId, required(revision)));
    }

    /** One call of the service, its refusals mapped to their status. */
    private interface DraftCall {
        PostMortemService.Loaded run() throws Json.BadRequest, ServiceException;
    }

    /** Permission first, as on the timeline endpoints: whoever may not edit learns nothing from a bad request. */
    private Response answer(String issueKey, DraftCall call) {
        try {
            postMortems.editableIssue(authenticationContext.getLoggedInUser(), issueKey);
            return counts(call.run());
        } catch (Json.BadRequest e) {
            return Json.of(e, authenticationContext.getI18nHelper());
        } catch (ServiceException e) {
            return Json.of(e, authenticationContext.getI18nHelper());
        }
    }

    private static long required(Long revision) throws Json.BadRequest {
        if (revision == null) {
            throw new Json.BadRequest("revision", "postmortems.error.revision.missing");
        }
        return revision;
    }

    private static Response counts(PostMortemService.Loaded loaded) {
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.put("revision", loaded.revision());
        body.put("timeline", loaded.document().getTimeline().size());
        body.put("drafts", loaded.document().getDraftTimeline().size());
        return Json.ok(body);
    }
}
