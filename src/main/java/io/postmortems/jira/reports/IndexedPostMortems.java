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
import io.postmortems.jira.store.PostMortemMirror;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The post-mortems a viewer may browse, as the reports read them: ONE search of Jira's index as the viewer (Jira
 * applies browse permission and issue security), then each hit's small {@value PostMortemMirror#PROPERTY_KEY}
 * issue property -- never the stored documents. Jira's index keeps the extracted property values unstored (they
 * can be searched, not read back), so the figures come from the property rows of the issues the search found.
 */
@Named
public class IndexedPostMortems {
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
        List<Issue> hits;
        try {
            hits = search.search(viewer, parsed.getQuery(), PagerFilter.getUnlimitedFilter()).getResults();
        } catch (SearchException e) {
            throw new SearchFailed("postmortems.reports.error.search", e);
        }
        List<IndexedPostMortem> found = new ArrayList<>();
        int unreadable = 0;
        for (Issue issue : hits == null ? List.<Issue>of() : hits) {
            EntityProperty property = properties.get(ISSUE_PROPERTY, issue.getId(), PostMortemMirror.PROPERTY_KEY);
            Optional<MirrorSnapshot> snapshot = MirrorSnapshot.parse(property == null ? null : property.getValue());
            if (snapshot.isPresent()) {
                found.add(new IndexedPostMortem(issue.getKey(), issue.getSummary(), snapshot.get()));
            } else {
                unreadable++;
            }
        }
        return new Found(found, unreadable);
    }
}
