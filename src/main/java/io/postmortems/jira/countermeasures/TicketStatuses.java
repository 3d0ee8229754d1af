package io.postmortems.jira.countermeasures;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.issue.status.category.StatusCategory;
import com.atlassian.jira.jql.builder.JqlQueryBuilder;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Loads the status of every countermeasure ticket of a post-mortem with ONE search ({@code key in (...)}), as the
 * viewer, so tickets the viewer may not see stay invisible. Never one lookup per ticket.
 */
@Named
public class TicketStatuses {
    /** A ticket's status as the panel shows it. */
    public record TicketStatus(String issueKey, String summary, String statusName, boolean done) {
    }

    private final SearchService searchService;

    @Inject
    public TicketStatuses(@ComponentImport SearchService searchService) {
        this.searchService = searchService;
    }

    /**
     * Statuses by issue key, or empty when the search failed (the panel then says statuses are unavailable rather
     * than showing wrong ones). Keys the viewer cannot see are simply absent.
     */
    @SuppressWarnings("unchecked")
    public Optional<Map<String, TicketStatus>> load(ApplicationUser viewer, Collection<String> issueKeys) {
        Set<String> keys = new LinkedHashSet<>();
        for (String key : issueKeys) {
            if (key != null && !key.isBlank()) {
                keys.add(key);
            }
        }
        Map<String, TicketStatus> byKey = new LinkedHashMap<>();
        if (keys.isEmpty()) {
            return Optional.of(byKey);
        }
        SearchResults<Issue> results;
        try {
            results = searchService.search(viewer,
                    JqlQueryBuilder.newBuilder().where().issue(keys.toArray(String[]::new)).buildQuery(),
                    PagerFilter.getUnlimitedFilter());
        } catch (SearchException e) {
            return Optional.empty();
        }
        for (Issue issue : results.getResults()) {
            Status status = issue.getStatus();
            StatusCategory category = status == null ? null : status.getStatusCategory();
            boolean done = category != null && StatusCategory.COMPLETE.equals(category.getKey());
            byKey.put(issue.getKey(), new TicketStatus(issue.getKey(), issue.getSummary(),
                    status == null ? null : status.getName(), done));
        }
        return Optional.of(byKey);
    }
}
