package io.postmortems.jira.rest;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.util.I18nHelper;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.postmortems.core.model.EffectivenessOutcome;
import io.postmortems.jira.service.FollowThroughService;
import io.postmortems.jira.service.PostMortemService;
import io.postmortems.jira.service.ServiceException;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.Iterator;
import java.util.Set;

/**
 * The follow-through of a post-mortem over HTTP: effectiveness checks, follow-ups and revisits. Each body carries the
 * {@code revision} the user saw; every answer is {@code {"issueKey", "revision"}} of the saved document (the panel
 * reloads). Translation only: permission (Edit on the post-mortem), validation and revisions are the service's.
 */
@Path("/issue/{issueKey}/follow-through")
@Produces(MediaType.APPLICATION_JSON)
public class FollowThroughResource {
    private final JiraAuthenticationContext authenticationContext;
    private final FollowThroughService followThrough;

    @Inject
    public FollowThroughResource(@ComponentImport JiraAuthenticationContext authenticationContext,
                                 FollowThroughService followThrough) {
        this.authenticationContext = authenticationContext;
        this.followThrough = followThrough;
    }

    /** Body {@code {"revision": n, "outcome": "NOT_EFFECTIVE", "reason": "..."}}. */
    @POST
    @Path("/countermeasures/{countermeasureId}/effectiveness")
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public Response effectiveness(@PathParam("issueKey") String issueKey,
                                  @PathParam("countermeasureId") String countermeasureId, String body) {
        try {
            followThrough.requireEditable(authenticationContext.getLoggedInUser(), issueKey); // before the body
            JsonNode tree = object(body, Set.of("revision", "outcome", "reason"));
            return saved(followThrough.recordEffectiveness(authenticationContext.getLoggedInUser(), issueKey,
                    countermeasureId, revision(tree), outcome(tree.get("outcome")), text(tree, "reason")));
        } catch (Json.BadRequest e) {
            return Json.of(e, i18n());
        } catch (ServiceException e) {
            return Json.of(e, i18n());
        }
    }

    /** Body {@code {"revision": n}}: adds the follow-up of a countermeasure found not effective. */
    @POST
    @Path("/countermeasures/{countermeasureId}/follow-up")
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public Response followUp(@PathParam("issueKey") String issueKey,
                             @PathParam("countermeasureId") String countermeasureId, String body) {
        try {
            followThrough.requireEditable(authenticationContext.getLoggedInUser(), issueKey); // before the body
            JsonNode tree = object(body, Set.of("revision"));
            return saved(followThrough.addFollowUp(authenticationContext.getLoggedInUser(), issueKey, countermeasureId,
                    revision(tree)));
        } catch (Json.BadRequest e) {
            return Json.of(e, i18n());
        } catch (ServiceException e) {
            return Json.of(e, i18n());
        }
    }

    /** Body {@code {"revision": n, "stillAccurate": true, "countermeasuresHolding": true, "recurred": false, "notes"}}. */
    @POST
    @Path("/revisits")
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public Response revisit(@PathParam("issueKey") String issueKey, String body) {
        try {
            followThrough.requireEditable(authenticationContext.getLoggedInUser(), issueKey); // before the body
            JsonNode tree = object(body, Set.of("revision", "stillAccurate", "countermeasuresHolding", "recurred",
                    "notes"));
            return saved(followThrough.recordRevisit(authenticationContext.getLoggedInUser(), issueKey,
                    revision(tree), yesNo(tree, "stillAccurate"), yesNo(tree, "countermeasuresHolding"),
                    yesNo(tree, "recurred"), text(tree, "notes")));
        } catch (Json.BadRequest e) {
            return Json.of(e, i18n());
        } catch (ServiceException e) {
            return Json.of(e, i18n());
        }
    }

    /** The body as an object of only the known fields (an unknown one is named, never ignored). */
    private static JsonNode object(String body, Set<String> known) throws Json.BadRequest {
        JsonNode tree = Json.tree(body);
        if (!tree.isObject()) {
            throw new Json.BadRequest("", "postmortems.error.body.unreadable");
        }
        for (Iterator<String> names = tree.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                throw new Json.BadRequest(name, "postmortems.error.followThrough.unknownField", name);
            }
        }
        return tree;
    }

    private static long revision(JsonNode tree) throws Json.BadRequest {
        JsonNode node = tree.get("revision");
        if (node == null || node.isNull()) {
            throw new Json.BadRequest("revision", "postmortems.error.revision.missing");
        }
        if (!node.isIntegralNumber() || !node.canConvertToLong()) {
            throw new Json.BadRequest("revision", "postmortems.error.value.format");
        }
        return node.asLong();
    }

    private static EffectivenessOutcome outcome(JsonNode node) throws Json.BadRequest {
        if (node == null || node.isNull()) {
            return null; // the service names the missing outcome
        }
        if (node.isTextual()) {
            for (EffectivenessOutcome o : EffectivenessOutcome.values()) {
                if (o.name().equals(node.asText())) {
                    return o;
                }
            }
        }
        throw new Json.BadRequest("outcome", "postmortems.error.effectiveness.outcome");
    }

    private static String text(JsonNode tree, String field) throws Json.BadRequest {
        JsonNode node = tree.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw new Json.BadRequest(field, "postmortems.error.value.format");
        }
        return node.asText();
    }

    private static Boolean yesNo(JsonNode tree, String field) throws Json.BadRequest {
        JsonNode node = tree.get(field);
        if (node == null || node.isNull()) {
            return null; // the service names the missing answer
        }
        if (!node.isBoolean()) {
            throw new Json.BadRequest(field, "postmortems.error.value.format");
        }
        return node.asBoolean();
    }

    private static Response saved(PostMortemService.Loaded loaded) {
        ObjectNode body = Json.MAPPER.createObjectNode().put("issueKey", loaded.issue().getKey())
                .put("revision", loaded.revision());
        return Response.fromResponse(Json.ok(body)).tag(new EntityTag(Long.toString(loaded.revision()))).build();
    }

    private I18nHelper i18n() {
        return authenticationContext.getI18nHelper();
    }
}
