package io.postmortems.jira.rest;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.postmortems.jira.permissions.PostMortemPermissions;
import io.postmortems.jira.service.FieldError;
import io.postmortems.jira.store.AoPostMortemStore;
import io.postmortems.jira.store.MirrorFailures;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;

/**
 * The JQL mirrors Jira refused on this node, for administrators: {@code GET} lists them (issue key, reason, time),
 * {@code POST repair} rewrites the mirror of each listed issue now and says how many were repaired. The list is
 * this node's memory ({@link MirrorFailures}); other nodes of a cluster keep their own.
 */
@Path("/admin/mirror-failures")
@Produces(MediaType.APPLICATION_JSON)
@AdminOnly
public class MirrorFailuresResource {
    private final JiraAuthenticationContext authenticationContext;
    private final PostMortemPermissions permissions;
    private final MirrorFailures failures;
    private final AoPostMortemStore store;
    private final IssueManager issues;

    @Inject
    public MirrorFailuresResource(@ComponentImport JiraAuthenticationContext authenticationContext,
                                  PostMortemPermissions permissions, MirrorFailures failures, AoPostMortemStore store,
                                  @ComponentImport IssueManager issues) {
        this.authenticationContext = authenticationContext;
        this.permissions = permissions;
        this.failures = failures;
        this.store = store;
        this.issues = issues;
    }

    @GET
    @AdminOnly
    public Response list() {
        if (!permissions.isAdministrator(authenticationContext.getLoggedInUser())) {
            return forbidden();
        }
        ObjectNode body = Json.MAPPER.createObjectNode();
        int[] hidden = {0};
        body.set("failures", failureList(hidden));
        body.put("hidden", hidden[0]);
        return Json.ok(body);
    }

    @POST
    @Path("repair")
    @AdminOnly
    public Response repair() {
        if (!permissions.isAdministrator(authenticationContext.getLoggedInUser())) {
            return forbidden();
        }
        AoPostMortemStore.MirrorRefresh done = store.repairFailedMirrors();
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.put("repaired", done.written());
        body.put("failed", done.failed());
        body.put("withoutPostMortem", done.withoutDocument());
        body.set("failures", failureList(new int[1]));
        return Json.ok(body);
    }

    /**
     * Newest first; the key is null when the issue no longer exists. Issues the administrator may not browse (a Jira
     * administrator is not automatically allowed to see every issue) are left out and only counted in {@code hidden}.
     */
    private ArrayNode failureList(int[] hidden) {
        ArrayNode list = Json.MAPPER.createArrayNode();
        for (MirrorFailures.Failure failure : failures.list()) {
            Issue issue = issues.getIssueObject(failure.issueId());
            if (issue != null && !permissions.canBrowse(issue, authenticationContext.getLoggedInUser())) {
                hidden[0]++;
                continue;
            }
            ObjectNode row = list.addObject();
            row.put("issueId", failure.issueId());
            row.put("issueKey", issue == null ? null : issue.getKey());
            row.put("reason", failure.reason());
            row.put("at", failure.at().toString());
        }
        return list;
    }

    private Response forbidden() {
        return Json.errors(Response.Status.FORBIDDEN,
                List.of(FieldError.of("", "postmortems.error.mirror.forbidden")),
                authenticationContext.getI18nHelper());
    }
}
