package io.postmortems.jira.reports;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.entity.property.EntityProperty;
import com.atlassian.jira.entity.property.JsonEntityPropertyManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.postmortems.core.metrics.IndexedPostMortem;
import io.postmortems.core.metrics.MirrorSnapshot;
import io.postmortems.core.model.PostMortem;
import io.postmortems.core.recurrence.Recurrence;
import io.postmortems.jira.publish.EarlierPostMortems;
import io.postmortems.jira.store.PostMortemMirror;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The post-mortems a viewer may browse, as the reports read them: ONE search of Jira's index as the viewer (Jira
 * applies browse permission and issue security), then each hit's small {@value PostMortemMirror#PROPERTY_KEY}
 * issue property -- never the stored documents. Jira's index keeps the extracted property values unstored (they
 * can be searched, not read back), so the figures come from the property rows of the issues the search found.
 */
@Named
public class IndexedPostMortems implements EarlierPostMortems {
    /** Every mirrored post-mortem: {@code countermeasures} is written for each one, so it always matches. */
    static final String ALL_JQL = "issue.property[" + PostMortemMirror.PROPERTY_KEY + "].countermeasures >= 0";
    /** Jira's entity name of issue properties ({@code EntityPropertyType.ISSUE_PROPERTY.getDbEntityName()}). */
    static final String ISSUE_PROPERTY = "IssueProperty";
    private static final Pattern PROJECT_KEY = Pattern.compile("[A-Z][A-Z0-9_]{0,254}");

    /**
     * What was read: each post-mortem's key, title and summary, and how many hits had no readable summary (left
     * out, and said so).
     */
    public record Found(List<IndexedPostMortem> postMortems, int unreadable) {
        public Found {
            postMortems = List.copyOf(postMortems);
        }

        /** The summaries alone, in the order found. */
        public List<MirrorSnapshot> snapshots() {
            return postMortems.stream().map(IndexedPostMortem::snapshot).toList();
        }
    }

    /** Why nothing could be read; the page names it. */
    public static final class SearchFailed extends Exception {
        private final String messageKey;

        SearchFailed(String messageKey, Throwable cause) {
            super(messageKey, cause);
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    private final SearchService search;
    private final JsonEntityPropertyManager properties;

    @Inject
    public IndexedPostMortems(@ComponentImport SearchService search,
                              @ComponentImport JsonEntityPropertyManager properties) {
        this.search = search;
        this.properties = properties;
    }

    /** Whether a text is a well-formed project key (anything else never reaches the JQL). */
    public static boolean isProjectKey(String key) {
        return key != null && PROJECT_KEY.matcher(key).matches();
    }

    /** The JQL of the reports: all post-mortems, or those of one project (a key checked by {@link #isProjectKey}). */
    static String jql(String projectKey) {
        return projectKey == null ? ALL_JQL : "project = \"" + projectKey + "\" AND " + ALL_JQL;
    }

    /**
     * The post-mortems {@code viewer} may browse, all or of one project.
     *
     * @throws SearchFailed when Jira cannot parse or run the search (e.g. the project does not exist or the viewer
     *                      may not see it: Jira's JQL does not tell the two apart)
     */
    public Found find(ApplicationUser viewer, String projectKey) throws SearchFailed {
        if (projectKey != null && !isProjectKey(projectKey)) {
            throw new SearchFailed("postmortems.reports.error.project", null);
        }
        SearchService.ParseResult parsed = search.parseQuery(viewer, jql(projectKey));
        if (parsed == null || !parsed.isValid()) {
            throw new SearchFailed(projectKey == null ? "postmortems.reports.error.search"
                    : "postmortems.reports.error.project", null);
        }
        List<IndexedPostMortem> found = new ArrayList<>();
        int unreadable = 0;
        for (Issue issue : hits(viewer, parsed)) {
            Optional<MirrorSnapshot> snapshot = snapshot(issue);
            if (snapshot.isPresent()) {
                found.add(new IndexedPostMortem(issue.getKey(), issue.getSummary(), snapshot.get()));
            } else {
                unreadable++;
            }
        }
        return new Found(found, unreadable);
    }

    /**
     * The earlier post-mortems {@code viewer} may browse that {@code document} (of issue {@code issueKey}) shares a
     * service, the cause category or a tag with, within {@code windowDays} before its incident: ONE search of the
     * index as the viewer ({@link #earlierJql}), the rule itself is {@link Recurrence#earlier}. Empty when the
     * document has nothing to match on or the search cannot run (the panel then shows no block rather than a
     * wrong one).
     */
    public List<Recurrence.Match> earlier(ApplicationUser viewer, String issueKey, PostMortem document,
                                          int windowDays, LocalDate today) {
        return earlier(viewer, issueKey, document, windowDays, today, issue -> true);
    }

    /** For the page: as {@link #earlier}, leaving out issues under a security level unless the space is restricted. */
    @Override
    public List<Recurrence.Match> forPage(ApplicationUser publisher, String issueKey, PostMortem document,
                                          int windowDays, boolean includeRestricted, LocalDate today) {
        return earlier(publisher, issueKey, document, windowDays, today,
                issue -> includeRestricted || issue.getSecurityLevelId() == null);
    }

    private List<Recurrence.Match> earlier(ApplicationUser viewer, String issueKey, PostMortem document,
                                           int windowDays, LocalDate today, Predicate<Issue> include) {
        if (!Recurrence.hasKeys(document)) {
            return List.of();
        }
        SearchService.ParseResult parsed = search.parseQuery(viewer, earlierJql(issueKey, document, windowDays, today));
        if (parsed == null || !parsed.isValid()) {
            return List.of();
        }
        List<IndexedPostMortem> candidates = new ArrayList<>();
        try {
            for (Issue issue : hits(viewer, parsed)) {
                if (!include.test(issue)) {
                    continue;
                }
                snapshot(issue).ifPresent(s -> candidates.add(new IndexedPostMortem(issue.getKey(),
                        issue.getSummary(), s)));
            }
        } catch (SearchFailed e) {
            return List.of();
        }
        return Recurrence.earlier(document, issueKey, candidates, windowDays, today, Recurrence.MAX_SHOWN);
    }

    /**
     * The recurrence search: started within the window (by day, the rule then decides to the minute), not this
     * issue, and sharing a service, the cause category or a tag. Values are JQL string literals
     * ({@link #jqlString}), so no text of the document can change the query.
     */
    static String earlierJql(String issueKey, PostMortem document, int windowDays, LocalDate today) {
        String p = "issue.property[" + PostMortemMirror.PROPERTY_KEY + "].";
        LocalDate from = Recurrence.windowStart(document, today, windowDays).withOffsetSameInstant(ZoneOffset.UTC)
                .toLocalDate();
        LocalDate to = Recurrence.reference(document, today).withOffsetSameInstant(ZoneOffset.UTC).toLocalDate()
                .plusDays(1);
        List<String> shared = new ArrayList<>();
        List<String> services = Recurrence.keys(document.getServices());
        if (!services.isEmpty()) {
            shared.add(p + "services in (" + literals(services) + ")");
        }
        String category = document.getCauseCategory();
        if (category != null && !category.isBlank()) {
            shared.add(p + "causeCategory = " + jqlString(category.strip()));
        }
        List<String> tags = Recurrence.keys(document.getTags());
        if (!tags.isEmpty()) {
            shared.add(p + PostMortemMirror.TAGS + " in (" + literals(tags) + ")");
        }
        return p + "started >= \"" + from + "\" AND " + p + "started <= \"" + to + "\""
                + (issueKey == null ? "" : " AND key != " + jqlString(issueKey))
                + " AND (" + String.join(" OR ", shared) + ")";
    }

    private static String literals(List<String> values) {
        return String.join(", ", values.stream().map(IndexedPostMortems::jqlString).toList());
    }

    /** A JQL string literal: quoted, with quotes, backslashes and line breaks escaped. */
    static String jqlString(String value) {
        StringBuilder b = new StringBuilder(value.length() + 2).append('"');
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> b.append(c);
            }
        }
        return b.append('"').toString();
    }

    private List<Issue> hits(ApplicationUser viewer, SearchService.ParseResult parsed) throws SearchFailed {
        try {
            List<Issue> hits = search.search(viewer, parsed.getQuery(), PagerFilter.getUnlimitedFilter()).getResults();
            return hits == null ? List.of() : hits;
        } catch (SearchException e) {
            throw new SearchFailed("postmortems.reports.error.search", e);
        }
    }

    private Optional<MirrorSnapshot> snapshot(Issue issue) {
        EntityProperty property = properties.get(ISSUE_PROPERTY, issue.getId(), PostMortemMirror.PROPERTY_KEY);
        return MirrorSnapshot.parse(property == null ? null : property.getValue());
    }
}
