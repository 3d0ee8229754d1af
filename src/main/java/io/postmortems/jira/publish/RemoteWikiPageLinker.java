package io.postmortems.jira.publish;

import com.atlassian.jira.bc.ServiceResult;
import com.atlassian.jira.bc.issue.link.RemoteIssueLinkService;
import com.atlassian.jira.bc.issue.link.RemoteIssueLinkService.CreateValidationResult;
import com.atlassian.jira.bc.issue.link.RemoteIssueLinkService.RemoteIssueLinkResult;
import com.atlassian.jira.bc.issue.link.RemoteIssueLinkService.UpdateValidationResult;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.link.RemoteIssueLink;
import com.atlassian.jira.issue.link.RemoteIssueLinkBuilder;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.ErrorCollection;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.ArrayList;
import java.util.List;

/**
 * {@link WikiPageLinker} over Jira's {@link RemoteIssueLinkService}. Each issue has at most one such link: its global
 * id names the issue, not the page ({@code io.postmortems:wiki-page:issue=<id>}), so re-publishing, even to a page
 * recreated under a new id, updates the one link instead of adding another.
 */
@Named
public class RemoteWikiPageLinker implements WikiPageLinker {
    static final String RELATIONSHIP = "Wiki Page";
    static final String APPLICATION_NAME = "Confluence";
    static final String APPLICATION_TYPE = "com.atlassian.confluence";

    private final RemoteIssueLinkService links;

    @Inject
    public RemoteWikiPageLinker(@ComponentImport RemoteIssueLinkService links) {
        this.links = links;
    }

    static String globalId(Issue issue) {
        return "io.postmortems:wiki-page:issue=" + issue.getId();
    }

    @Override
    public void link(Issue issue, ApplicationUser user, String pageUrl, String pageId) {
        String globalId = globalId(issue);
        RemoteIssueLinkResult existing = links.getRemoteIssueLinkByGlobalId(user, issue, globalId);
        RemoteIssueLink current = existing != null && existing.isValid() ? existing.getRemoteIssueLink() : null;
        RemoteIssueLinkBuilder link = (current == null ? new RemoteIssueLinkBuilder()
                : new RemoteIssueLinkBuilder(current))
                .issueId(issue.getId())
                .globalId(globalId)
                .title(TITLE)
                .url(pageUrl)
                .relationship(RELATIONSHIP)
                .applicationType(APPLICATION_TYPE)
                .applicationName(APPLICATION_NAME);
        if (current == null) {
            CreateValidationResult validation = links.validateCreate(user, link.build());
            requireValid(validation, issue, "create");
            requireValid(links.create(user, validation), issue, "create");
        } else {
            if (pageUrl.equals(current.getUrl()) && TITLE.equals(current.getTitle())) {
                return;
            }
            UpdateValidationResult validation = links.validateUpdate(user, link.id(current.getId()).build());
            requireValid(validation, issue, "update");
            requireValid(links.update(user, validation), issue, "update");
        }
    }

    private static void requireValid(ServiceResult result, Issue issue, String action) {
        if (result != null && result.isValid()) {
            return;
        }
        ErrorCollection errors = result == null ? null : result.getErrorCollection();
        List<String> reasons = new ArrayList<>();
        if (errors != null && errors.getErrorMessages() != null) {
            reasons.addAll(errors.getErrorMessages());
        }
        if (errors != null && errors.getErrors() != null) {
            errors.getErrors().forEach((field, message) -> reasons.add(field + ": " + message));
        }
        throw new IllegalStateException("Jira refused to " + action + " the Wiki Page link of " + issue.getKey()
                + ": " + (reasons.isEmpty() ? "no reason given" : String.join("; ", reasons)));
    }
}
