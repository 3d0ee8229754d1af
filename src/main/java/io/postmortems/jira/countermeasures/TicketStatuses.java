package io.postmortems.jira.countermeasures;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.priority.Priority;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.issue.status.category.StatusCategory;
import com.atlassian.jira.jql.builder.JqlQueryBuilder;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.query.Query;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Loads the status of every countermeasure ticket of a post-mortem with ONE search ({@code key in (...)}), as the
 * viewer, so tickets the viewer may not see stay invisible. Never one lookup per ticket.
 */
@Named
public class TicketStatuses {
    /**
     * A ticket's status as the panel shows it and as the document takes it over.
     *
     * @param categoryKey key of the status category ({@code new}, {@code indeterminate}, {@code done}); null if
     *                    Jira gave none
     * @param resolved    Jira's resolution date, if the ticket has one
     * @param fields      the ticket's assignee, due date and priority; null when they were not read
     */
    public record TicketStatus(String issueKey, String summary, String statusName, boolean done, String categoryKey,
                               Instant resolved, Fields fields) {
        /** A status without the ticket's other fields (they are then left alone in the document). */
        public TicketStatus(String issueKey, String summary, String statusName, boolean done, String categoryKey,
                            Instant resolved) {
            this(issueKey, summary, statusName, done, categoryKey, resolved, null);
        }

        /** A status without category key and resolution date (the panel needs neither). */
        public TicketStatus(String issueKey, String summary, String statusName, boolean done) {
            this(issueKey, summary, statusName, done, done ? StatusCategory.COMPLETE : null, null);
        }

        /** Whether the ticket's status category is Jira's "In Progress" (yellow) one. */
        public boolean inProgress() {
            return !done && StatusCategory.IN_PROGRESS.equals(categoryKey);
        }
    }

    /**
     * The ticket fields a countermeasure mirrors besides its summary and status.
     *
     * @param assigneeName user name of the assignee, null when unassigned
     * @param assigneeKey  user key of the assignee, null when unassigned
     * @param priorityName name of Jira's priority, e.g. "High"; null when the ticket has none
     */
    public record Fields(String assigneeName, String assigneeKey, LocalDate dueDate, String priorityName) {
    }

    private final SearchService searchService;
    private final Function<String[], Query> keysQuery;

    @Inject
    public TicketStatuses(@ComponentImport SearchService searchService) {
        this(searchService, keys -> JqlQueryBuilder.newBuilder().where().issue(keys).buildQuery());
    }

    /** With another way to build the {@code key in (...)} query (tests: the static JQL builder needs a running Jira). */
    TicketStatuses(SearchService searchService, Function<String[], Query> keysQuery) {
        this.searchService = searchService;
        this.keysQuery = keysQuery;
    }

    /**
     * Statuses by issue key, or empty when the search failed (the panel then says statuses are unavailable rather
     * than showing wrong ones). Keys the viewer cannot see are simply absent.
     */
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
            results = searchService.search(viewer, keysQuery.apply(keys.toArray(String[]::new)),
                    PagerFilter.getUnlimitedFilter());
        } catch (SearchException e) {
            return Optional.empty();
        }
        for (Issue issue : results.getResults()) {
            byKey.put(issue.getKey(), read(issue));
        }
        return Optional.of(byKey);
    }

    /** What a ticket says, read from the issue as Jira hands it out (a search hit, or an issue event's issue). */
    public static TicketStatus read(Issue issue) {
        Status status = issue.getStatus();
        StatusCategory category = status == null ? null : status.getStatusCategory();
        boolean done = category != null && StatusCategory.COMPLETE.equals(category.getKey());
        Timestamp resolved = issue.getResolutionDate();
        ApplicationUser assignee = issue.getAssignee();
        Timestamp due = issue.getDueDate();
        Priority priority = issue.getPriority();
        // Jira keeps a due date as the start of its day in the server's zone
        Fields fields = new Fields(assignee == null ? null : assignee.getUsername(),
                assignee == null ? null : assignee.getKey(), due == null ? null : due.toLocalDateTime().toLocalDate(),
                priority == null ? null : priority.getName());
        return new TicketStatus(issue.getKey(), issue.getSummary(), status == null ? null : status.getName(), done,
                category == null ? null : category.getKey(), resolved == null ? null : resolved.toInstant(), fields);
    }
}
