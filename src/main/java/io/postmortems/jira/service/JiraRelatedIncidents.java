package io.postmortems.jira.service;

import com.atlassian.jira.exception.CreateException;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.issue.link.IssueLinkType;
import com.atlassian.jira.issue.link.IssueLinkTypeManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.postmortems.jira.permissions.PostMortemPermissions;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Related incidents as links of Jira's default "Relates" link type from the post-mortem to each incident, made with
 * the same {@link IssueLinkManager} call countermeasure tickets are linked with. Only a key the saving user can
 * browse is accepted (Jira does not reveal hidden issues, so "no such issue" and "hidden" read the same); a key
 * already saved stays accepted when its issue is later hidden or gone.
 */
@Named
public class JiraRelatedIncidents implements RelatedIncidents {
    /** Jira's default link type for "relates to" (present in every new Jira; administrators may rename it). */
    static final String LINK_TYPE = "Relates";

    private final IssueManager issues;
    private final PostMortemPermissions permissions;
    private final IssueLinkManager links;
    private final IssueLinkTypeManager linkTypes;

    @Inject
    public JiraRelatedIncidents(@ComponentImport IssueManager issues, PostMortemPermissions permissions,
                                @ComponentImport IssueLinkManager links,
                                @ComponentImport IssueLinkTypeManager linkTypes) {
        this.issues = issues;
        this.permissions = permissions;
        this.links = links;
        this.linkTypes = linkTypes;
    }

    @Override
    public List<FieldError> check(ApplicationUser user, List<String> before, List<String> after) {
        Set<String> saved = keys(before);
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < after.size(); i++) {
            String key = key(after.get(i));
            if (!saved.contains(key) && visible(user, key).isEmpty()) {
                errors.add(FieldError.of("relatedIncidents[" + i + "]", "postmortems.error.related.notFound", key));
            }
        }
        return errors;
    }

    @Override
    public List<FieldError> link(ApplicationUser user, Issue postMortem, List<String> before, List<String> after) {
        Set<String> was = keys(before);
        Set<String> now = keys(after);
        if (was.equals(now)) {
            return List.of();
        }
        Optional<Long> type = linkType();
        if (type.isEmpty()) {
            return List.of(FieldError.of("relatedIncidents", "postmortems.warning.related.noLinkType", LINK_TYPE));
        }
        List<FieldError> warnings = new ArrayList<>();
        for (String key : now) {
            Issue incident = was.contains(key) ? null : visible(user, key).orElse(null);
            if (incident != null && links.getIssueLink(postMortem.getId(), incident.getId(), type.get()) == null) {
                try {
                    links.createIssueLink(postMortem.getId(), incident.getId(), type.get(), null, user);
                } catch (CreateException e) {
                    warnings.add(FieldError.of("relatedIncidents", "postmortems.warning.related.notLinked", key));
                }
            }
        }
        for (String key : was) {
            Issue incident = now.contains(key) ? null : issues.getIssueObject(key);
            IssueLink link = incident == null ? null
                    : links.getIssueLink(postMortem.getId(), incident.getId(), type.get());
            if (link != null) {
                links.removeIssueLink(link, user);
            }
        }
        return warnings;
    }

    private Optional<Issue> visible(ApplicationUser user, String key) {
        Issue issue = key.isEmpty() ? null : issues.getIssueObject(key);
        return issue != null && permissions.canBrowse(issue, user) ? Optional.of(issue) : Optional.empty();
    }

    private Optional<Long> linkType() {
        Collection<IssueLinkType> types = linkTypes.getIssueLinkTypesByName(LINK_TYPE);
        return types == null ? Optional.empty() : types.stream().map(IssueLinkType::getId).findFirst();
    }

    private static Set<String> keys(List<String> list) {
        Set<String> keys = new HashSet<>();
        for (String k : list == null ? List.<String>of() : list) {
            keys.add(key(k));
        }
        keys.remove("");
        return keys;
    }

    private static String key(String text) {
        return text == null ? "" : text.strip().toUpperCase(java.util.Locale.ROOT);
    }
}
