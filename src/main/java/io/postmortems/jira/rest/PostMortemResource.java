package io.postmortems.jira.rest;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.I18nHelper;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.postmortems.core.io.ReadResult;
import io.postmortems.core.model.Status;
import io.postmortems.core.model.TimelineEvent;
import io.postmortems.core.review.Finding;
import io.postmortems.core.review.ReviewReport;
import io.postmortems.jira.countermeasures.CountermeasureService;
import io.postmortems.jira.countermeasures.CreationResult;
import io.postmortems.jira.service.PostMortemService;
import io.postmortems.jira.service.ServiceException;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;

/**
 * The post-mortem of one issue over HTTP. Translation only: permissions, validation and revisions are the services'.
 * Reads are open to whoever Jira lets see the issue (anonymous included where the site allows it); changes need a
 * licensed user, and Jira's XSRF protection (on by default in REST v2) applies to every change.
 */
@Path("/issue/{issueKey}")
@Produces(MediaType.APPLICATION_JSON)
public class PostMortemResource {
    private final JiraAuthenticationContext authenticationContext;
    private final PostMortemService postMortems;
    private final CountermeasureService countermeasures;

    @Inject
    public PostMortemResource(@ComponentImport JiraAuthenticationContext authenticationContext,
                              PostMortemService postMortems, CountermeasureService countermeasures) {
        this.authenticationContext = authenticationContext;
        this.postMortems = postMortems;
        this.countermeasures = countermeasures;
    }

    @GET
    @Path("/document")
    @AnonymousSiteAccess
    public Response getDocument(@PathParam("issueKey") String issueKey) {
        try {
            return document(postMortems.read(authenticationContext.getLoggedInUser(), issueKey));
        } catch (ServiceException e) {
            return Json.of(e, i18n());
        }
    }

    /** Body {@code {"revision": n, "document": {...}}}; the revision may come as {@code If-Match: "n"} instead. */
    @PUT
    @Path("/document")
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public Response putDocument(@PathParam("issueKey") String issueKey, @HeaderParam("If-Match") String ifMatch,
                                String body) {
        try {
            Issue issue = postMortems.editableIssue(authenticationContext.getLoggedInUser(), issueKey); // before the body
            JsonNode tree = Json.tree(body);
            long revision = revision(tree.get("revision"), ifMatch);
            JsonNode docNode = tree.get("document");
            if (docNode == null || !docNode.isObject()) {
                throw new Json.BadRequest("document", "postmortems.error.document.missing");
            }
            // the tree as sent (no round trip through text); unknown fields only as the stored document has them
            ReadResult read = Json.CODEC.read(docNode, postMortems.current(issue).document());
            if (!read.isOk()) {
                throw new Json.BadRequest(Json.problems(read.problems(), "document"));
            }
            return document(postMortems.update(authenticationContext.getLoggedInUser(), issueKey, revision, read.get()));
        } catch (Json.BadRequest e) {
            return Json.of(e, i18n());
        } catch (ServiceException e) {
            return Json.of(e, i18n());
        }
    }

    @POST
    @Path("/timeline")
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public Response addEvent(@PathParam("issueKey") String issueKey, @QueryParam("revision") Long revision,
                             String body) {
        try {
            postMortems.editableIssue(authenticationContext.getLoggedInUser(), issueKey); // before reading the body
            long expected = required(revision);
            TimelineEvent event = Json.read(Json.tree(body), TimelineEvent.class, "");
            PostMortemService.Loaded loaded = postMortems.addEvent(authenticationContext.getLoggedInUser(), issueKey,
                    expected, event);
            return Json.status(Response.Status.CREATED, documentBody(loaded));
        } catch (Json.BadRequest e) {
            return Json.of(e, i18n());
        } catch (ServiceException e) {
            return Json.of(e, i18n());
        }
    }

    @PUT
    @Path("/timeline/{eventId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public Response editEvent(@PathParam("issueKey") String issueKey, @PathParam("eventId") String eventId,
                              @QueryParam("revision") Long revision, String body) {
        try {
            postMortems.editableIssue(authenticationContext.getLoggedInUser(), issueKey); // before reading the body
            long expected = required(revision);
            TimelineEvent event = Json.read(Json.tree(body), TimelineEvent.class, "");
            return document(postMortems.editEvent(authenticationContext.getLoggedInUser(), issueKey, eventId,
                    expected, event));
        } catch (Json.BadRequest e) {
            return Json.of(e, i18n());
        } catch (ServiceException e) {
            return Json.of(e, i18n());
        }
    }

    @DELETE
    @Path("/timeline/{eventId}")
    @LicensedOnly
    public Response removeEvent(@PathParam("issueKey") String issueKey, @PathParam("eventId") String eventId,
                                @QueryParam("revision") Long revision) {
        try {
            postMortems.editableIssue(authenticationContext.getLoggedInUser(), issueKey);
            return document(postMortems.removeEvent(authenticationContext.getLoggedInUser(), issueKey, eventId,
                    required(revision)));
        } catch (Json.BadRequest e) {
            return Json.of(e, i18n());
        } catch (ServiceException e) {
            return Json.of(e, i18n());
        }
    }

    /** Creates tickets for every countermeasure without one; one result per countermeasure. */
    @POST
    @Path("/countermeasures")
    @LicensedOnly
    public Response createCountermeasures(@PathParam("issueKey") String issueKey) {
        try {
            List<CreationResult> results = countermeasures.createPending(authenticationContext.getLoggedInUser(),
                    issueKey);
            ObjectNode body = Json.MAPPER.createObjectNode();
            var list = body.putArray("results");
            for (CreationResult r : results) {
                ObjectNode item = list.addObject().put("countermeasureId", r.countermeasureId())
                        .put("outcome", r.outcome().name()).put("issueKey", r.issueKey());
                item.set("errors", Json.errorList(r.errors(), i18n()));
            }
            return Json.ok(body);
        } catch (ServiceException e) {
            return Json.of(e, i18n());
        }
    }

    @POST
    @Path("/publish")
    @LicensedOnly
    public Response publish(@PathParam("issueKey") String issueKey) {
        try {
            postMortems.publish(authenticationContext.getLoggedInUser(), issueKey);
            ObjectNode body = Json.MAPPER.createObjectNode().put("queued", true);
            return Json.status(Response.Status.ACCEPTED, body);
        } catch (ServiceException e) {
            return Json.of(e, i18n());
        }
    }

    /**
     * Moves the post-mortem along review and approval. Body {@code {"status": "IN_REVIEW", "revision": n}} (the
     * revision the user saw; or {@code If-Match: "n"}); answers the document like a read, with
     * {@code lifecycle: {steps: ["DRAFT", ...], canPublish}}: the steps the user may take next, so the panel offers
     * them without a reload. Published is reached by publishing only.
     */
    @POST
    @Path("/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public Response changeStatus(@PathParam("issueKey") String issueKey, @HeaderParam("If-Match") String ifMatch,
                                 String body) {
        try {
            JsonNode tree = Json.tree(body);
            long revision = revision(tree.get("revision"), ifMatch);
            ApplicationUser user = authenticationContext.getLoggedInUser();
            PostMortemService.Loaded loaded = postMortems.changeStatus(user, issueKey, status(tree.get("status")),
                    revision);
            ObjectNode answer = documentBody(loaded);
            PostMortemService.LifecycleState next = postMortems.lifecycle(user, loaded.issue(), loaded.document());
            ObjectNode lifecycle = answer.putObject("lifecycle");
            ArrayNode steps = lifecycle.putArray("steps");
            next.nextSteps().forEach(step -> steps.add(step.name()));
            lifecycle.put("canPublish", next.canPublish());
            return Response.fromResponse(Json.ok(answer)).tag(new EntityTag(Long.toString(loaded.revision())))
                    .build();
        } catch (Json.BadRequest e) {
            return Json.of(e, i18n());
        } catch (ServiceException e) {
            return Json.of(e, i18n());
        }
    }

    /**
     * Imports a Markdown post-mortem into the document (the CLI's import, run by the service). Body
     * {@code {"revision": n, "markdown": "...", "replace": false}} (or the revision as {@code If-Match: "n"});
     * {@code replace: true} confirms replacing content the post-mortem already has (without it that is a 409 naming
     * {@code replace}). Answers the document like a read, plus {@code unmapped}: one line per piece kept in notes.
     */
    @POST
    @Path("/import")
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public Response importMarkdown(@PathParam("issueKey") String issueKey, @HeaderParam("If-Match") String ifMatch,
                                   String body) {
        try {
            ApplicationUser user = authenticationContext.getLoggedInUser();
            postMortems.editableIssue(user, issueKey); // before reading the body
            JsonNode tree = Json.tree(body);
            long revision = revision(tree.get("revision"), ifMatch);
            PostMortemService.Imported imported = postMortems.importMarkdown(user, issueKey, revision,
                    markdown(tree.get("markdown")), replace(tree.get("replace")));
            ObjectNode answer = documentBody(imported.loaded());
            ArrayNode unmapped = answer.putArray("unmapped");
            imported.unmapped().forEach(unmapped::add);
            return Response.fromResponse(Json.ok(answer))
                    .tag(new EntityTag(Long.toString(imported.loaded().revision()))).build();
        } catch (Json.BadRequest e) {
            return Json.of(e, i18n());
        } catch (ServiceException e) {
            return Json.of(e, i18n());
        }
    }

    private static String markdown(JsonNode node) throws Json.BadRequest {
        if (node == null || node.isNull()) {
            return null; // the service names the missing Markdown
        }
        if (!node.isTextual()) {
            throw new Json.BadRequest("markdown", "postmortems.error.value.format");
        }
        return node.asText();
    }

    private static boolean replace(JsonNode node) throws Json.BadRequest {
        if (node == null || node.isNull()) {
            return false;
        }
        if (!node.isBoolean()) {
            throw new Json.BadRequest("replace", "postmortems.error.value.format");
        }
        return node.asBoolean();
    }

    private static Status status(JsonNode node) throws Json.BadRequest {
        if (node == null || node.isNull()) {
            return null; // the service names the missing status
        }
        if (node.isTextual()) {
            for (Status s : Status.values()) {
                if (s.name().equals(node.asText())) {
                    return s;
                }
            }
        }
        throw new Json.BadRequest("status", "postmortems.error.status.form");
    }

    private I18nHelper i18n() {
        return authenticationContext.getI18nHelper();
    }

    /** The timeline endpoints need the revision the user saw, as {@code ?revision=n}. */
    private static long required(Long revision) throws Json.BadRequest {
        if (revision == null) {
            throw new Json.BadRequest("revision", "postmortems.error.revision.missing");
        }
        return revision;
    }

    private static long revision(JsonNode node, String ifMatch) throws Json.BadRequest {
        if (node != null && node.canConvertToLong()) {
            return node.asLong();
        }
        if (ifMatch != null) {
            String value = ifMatch.trim().replace("W/", "").replace("\"", "");
            try {
                return Long.parseLong(value);
            } catch (NumberFormatException e) {
                throw new Json.BadRequest("revision", "postmortems.error.revision.ifMatch");
            }
        }
        throw new Json.BadRequest("revision", "postmortems.error.revision.missing");
    }

    private Response document(PostMortemService.Loaded loaded) {
        Response ok = Json.ok(documentBody(loaded));
        return Response.fromResponse(ok).tag(new EntityTag(Long.toString(loaded.revision()))).build();
    }

    /**
     * The document with its review (each finding with its message, so the panel redraws them after a save) and metrics, and {@code warnings} ({@code [{field, message}]}, like errors): what
     * a successful save could not finish, e.g. a countermeasure ticket Jira did not update; empty on reads.
     */
    private ObjectNode documentBody(PostMortemService.Loaded loaded) {
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.put("issueKey", loaded.issue().getKey());
        body.put("revision", loaded.revision());
        body.set("document", Json.MAPPER.valueToTree(loaded.document()));
        body.set("review", review(loaded.review()));
        body.set("metrics", Json.metrics(loaded.metrics()));
        body.set("warnings", Json.errorList(loaded.warnings(), i18n()));
        return body;
    }

    /** The review as the model serialises it, each finding with its {@code message} in the user's language. */
    private ObjectNode review(ReviewReport report) {
        ObjectNode review = Json.MAPPER.valueToTree(report);
        ArrayNode findings = (ArrayNode) review.get("findings");
        for (int i = 0; i < report.findings().size(); i++) {
            Finding f = report.findings().get(i);
            ((ObjectNode) findings.get(i)).put("message", i18n().getText(f.messageKey(), f.args().toArray()));
        }
        review.put("blocksPage", !report.pageBlocking().isEmpty());
        return review;
    }
}
