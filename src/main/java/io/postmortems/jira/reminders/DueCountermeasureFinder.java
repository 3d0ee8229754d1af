package io.postmortems.jira.reminders;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.postmortems.core.model.Countermeasure;
import io.postmortems.core.model.CountermeasureProgress;
import io.postmortems.core.followthrough.FollowThrough;
import io.postmortems.core.followthrough.FollowThroughPolicy;
import io.postmortems.core.model.PostMortem;
import io.postmortems.core.reminders.DueCountermeasure;
import io.postmortems.core.reminders.DueFollowThrough;
import io.postmortems.jira.store.PostMortemStore;
import io.postmortems.jira.store.PostMortemStore.StoredPostMortem;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.HashSet;
import java.util.regex.Pattern;

/**
 * Finds the open countermeasures due up to a day, across every project, acting as the system: post-mortems by their
 * JQL property ({@value #POST_MORTEMS_JQL}), then only tickets not in Jira's Done category, so a ticket closed in Jira
 * is never reminded about. The post-mortem's owner is its assignee, else its reporter.
 */
@Named
public class DueCountermeasureFinder {
    static final String POST_MORTEMS_JQL = "issue.property[postmortem].countermeasuresOpen > 0";
    /** Post-mortems with follow-through pending: done countermeasures not checked yet, or published (revisits). */
    static final String FOLLOW_THROUGH_JQL = "issue.property[postmortem].followThroughOpen > 0";
    /** Post-mortems with a review date that are not approved yet (issue #13 item 2). */
    static final String REVIEW_JQL = "issue.property[postmortem].reviewPending > 0";
    /** Keys per {@code key in (...)} search. */
    static final int KEYS_PER_SEARCH = 200;
    private static final Pattern ISSUE_KEY = Pattern.compile("[A-Z][A-Z0-9_]*-[1-9][0-9]*");
    private static final Logger LOG = LoggerFactory.getLogger(DueCountermeasureFinder.class);

    private final SearchService search;
    private final PostMortemStore store;
    private final UserManager users;

    @Inject
    public DueCountermeasureFinder(@ComponentImport SearchService search, PostMortemStore store,
                                   @ComponentImport UserManager users) {
        this.search = search;
        this.store = store;
        this.users = users;
    }

    /**
     * The open countermeasures with a ticket due on or before {@code until}.
     *
     * @throws IllegalStateException when Jira cannot run a search (the job then reports a failed run)
     */
    public List<DueCountermeasure> find(LocalDate until) {
        Map<String, DueCountermeasure> candidates = new LinkedHashMap<>();
        for (Issue postMortem : run(POST_MORTEMS_JQL)) {
            Optional<StoredPostMortem> stored = load(postMortem);
            if (stored.isEmpty()) {
                continue;
            }
            String postMortemOwner = userName(postMortem.getAssignee() != null ? postMortem.getAssignee()
                    : postMortem.getReporter());
            for (Countermeasure cm : stored.get().document().getCountermeasures()) {
                if (cm == null || cm.getDueDate() == null || cm.getDueDate().isAfter(until)
                        || cm.getIssueKey() == null || !ISSUE_KEY.matcher(cm.getIssueKey().strip()).matches()
                        || CountermeasureProgress.isDone(cm)) {
                    continue;
                }
                String key = cm.getIssueKey().strip();
                candidates.putIfAbsent(key, new DueCountermeasure(key, cm.getSummary(), owner(cm.getOwner()),
                        cm.getDueDate(), postMortem.getKey(), postMortemOwner));
            }
        }
        Set<String> open = openTickets(List.copyOf(candidates.keySet()));
        List<DueCountermeasure> due = new ArrayList<>();
        candidates.forEach((key, cm) -> {
            if (open.contains(key)) {
                due.add(cm);
            }
        });
        return due;
    }

    /**
     * The effectiveness checks and revisits due on {@code today} ({@link FollowThrough}'s rule with {@code policy}):
     * a check to the countermeasure's owner, a revisit to the post-mortem's owner.
     *
     * @throws IllegalStateException when Jira cannot run a search (the job then reports a failed run)
     */
    public List<DueFollowThrough> findFollowThrough(LocalDate today, FollowThroughPolicy policy) {
        List<DueFollowThrough> due = new ArrayList<>();
        for (Issue postMortem : run(FOLLOW_THROUGH_JQL)) {
            Optional<StoredPostMortem> stored = load(postMortem);
            if (stored.isEmpty()) {
                continue;
            }
            PostMortem doc = stored.get().document();
            for (Countermeasure cm : doc.getCountermeasures()) {
                if (cm == null || cm.getIssueKey() == null || !ISSUE_KEY.matcher(cm.getIssueKey().strip()).matches()) {
                    continue;
                }
                Optional<LocalDate> dueOn = FollowThrough.effectivenessDueOn(cm, policy);
                if (dueOn.isPresent() && !dueOn.get().isAfter(today)) {
                    due.add(new DueFollowThrough(DueFollowThrough.Kind.EFFECTIVENESS, cm.getIssueKey().strip(),
                            cm.getSummary(), owner(cm.getOwner()), dueOn.get(), postMortem.getKey()));
                }
            }
            Optional<LocalDate> revisit = FollowThrough.revisitDueOn(doc, policy);
            if (revisit.isPresent() && !revisit.get().isAfter(today)) {
                due.add(new DueFollowThrough(DueFollowThrough.Kind.REVISIT, postMortem.getKey(),
                        doc.getTitle() != null ? doc.getTitle() : postMortem.getSummary(),
                        userName(postMortem.getAssignee() != null ? postMortem.getAssignee() : postMortem.getReporter()),
                        revisit.get(), postMortem.getKey()));
            }
        }
        return due;
    }

    /**
     * The post-mortems whose review date is before {@code today} and which are not approved or published yet, each
     * told to the post-mortem's owner (assignee, else reporter) with its review date.
     *
     * @throws IllegalStateException when Jira cannot run a search (the job then reports a failed run)
     */
    public List<DueFollowThrough> findReviewsOverdue(LocalDate today) {
        List<DueFollowThrough> due = new ArrayList<>();
        for (Issue postMortem : run(REVIEW_JQL)) {
            Optional<StoredPostMortem> stored = load(postMortem);
            if (stored.isEmpty()) {
                continue;
            }
            PostMortem doc = stored.get().document();
            LocalDate reviewDate = doc.getMeeting().getReviewDate();
            if (io.postmortems.jira.store.PostMortemMirror.reviewPending(doc) && reviewDate.isBefore(today)) {
                due.add(new DueFollowThrough(DueFollowThrough.Kind.REVIEW, postMortem.getKey(),
                        doc.getTitle() != null ? doc.getTitle() : postMortem.getSummary(),
                        userName(postMortem.getAssignee() != null ? postMortem.getAssignee() : postMortem.getReporter()),
                        reviewDate, postMortem.getKey()));
            }
        }
        return due;
    }

    private Set<String> openTickets(List<String> keys) {
        Set<String> open = new HashSet<>();
        for (int from = 0; from < keys.size(); from += KEYS_PER_SEARCH) {
            List<String> batch = keys.subList(from, Math.min(keys.size(), from + KEYS_PER_SEARCH));
            String jql = "key in (" + String.join(", ", batch) + ") AND statusCategory != Done";
            for (Issue ticket : run(jql)) {
                open.add(ticket.getKey());
            }
        }
        return open;
    }

    private List<Issue> run(String jql) {
        SearchService.ParseResult parsed = search.parseQuery(null, jql);
        if (parsed == null || !parsed.isValid()) {
            throw new IllegalStateException("Jira could not parse the reminder search " + jql
                    + " (is the post-mortem property indexed?)");
        }
        try {
            List<Issue> results = search.searchOverrideSecurity(null, parsed.getQuery(),
                    PagerFilter.getUnlimitedFilter()).getResults();
            return results == null ? List.of() : results;
        } catch (SearchException e) {
            throw new IllegalStateException("Jira could not run the reminder search " + jql + ": " + e.getMessage(), e);
        }
    }

    /** The owner as a Jira user name: the document's text as a user name, else as a user key; null when neither. */
    private String owner(String owner) {
        if (owner == null || owner.isBlank()) {
            return null;
        }
        ApplicationUser user = users.getUserByName(owner.strip());
        if (user == null) {
            user = users.getUserByKey(owner.strip());
        }
        return userName(user);
    }

    private static String userName(ApplicationUser user) {
        return user == null ? null : user.getUsername();
    }

    /** The stored post-mortem, or empty when there is none or it cannot be read (logged; the others go on). */
    private Optional<StoredPostMortem> load(Issue postMortem) {
        try {
            return store.load(postMortem.getId());
        } catch (IllegalStateException e) {
            LOG.warn("Post-mortem {} skipped by the reminders: {}", postMortem.getKey(), e.getMessage());
            return Optional.empty();
        }
    }
}
