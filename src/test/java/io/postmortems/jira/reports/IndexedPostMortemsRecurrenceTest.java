package io.postmortems.jira.reports;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.entity.property.EntityProperty;
import com.atlassian.jira.entity.property.JsonEntityPropertyManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.query.Query;
import io.postmortems.core.model.PostMortem;
import io.postmortems.core.recurrence.Recurrence;
import io.postmortems.jira.store.PostMortemMirror;
import org.junit.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** Recurrence reads earlier post-mortems from ONE index search as the viewer and their mirrors, never documents. */
public class IndexedPostMortemsRecurrenceTest {
    private static final OffsetDateTime START = OffsetDateTime.parse("2026-06-01T10:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 10);
    private final SearchService search = mock(SearchService.class);
    private final JsonEntityPropertyManager properties = mock(JsonEntityPropertyManager.class);
    private final ApplicationUser viewer = mock(ApplicationUser.class);
    private final IndexedPostMortems indexed = new IndexedPostMortems(search, properties);

    private static PostMortem doc(OffsetDateTime started, String service, String category, String tag) {
        PostMortem d = new PostMortem();
        d.getTimes().setStarted(started);
        d.setServices(service == null ? List.of() : List.of(service));
        d.setCauseCategory(category);
        d.setTags(tag == null ? List.of() : List.of(tag));
        return d;
    }

    @Test
    public void earlierJql_shouldAskForTheWindowOtherIssuesAndEachSharedValueAsLiterals() {
        String jql = IndexedPostMortems.earlierJql("PM-3", doc(START, "check\"out\\", "change", "dns"), 365, TODAY);
        assertEquals("issue.property[postmortem].started >= \"2025-06-01\" AND issue.property[postmortem].started"
                + " <= \"2026-06-02\" AND key != \"PM-3\" AND (issue.property[postmortem].services in"
                + " (\"check\\\"out\\\\\") OR issue.property[postmortem].causeCategory = \"change\""
                + " OR issue.property[postmortem].tags in (\"dns\"))", jql);
    }

    @Test
    public void earlier_shouldMatchWhatTheViewersSearchFoundFromItsMirrors() throws Exception {
        PostMortem current = doc(START, "checkout", null, null);
        parses(IndexedPostMortems.earlierJql("PM-3", current, 365, TODAY));
        List<Issue> hits = new ArrayList<>();
        hits.add(issue(1L, "PM-1", "Earlier", doc(START.minusDays(30), "checkout", null, null)));
        hits.add(issue(2L, "PM-2", "Later", doc(START.plusHours(1), "checkout", null, null)));
        found(hits);

        List<Recurrence.Match> earlier = indexed.earlier(viewer, "PM-3", current, 365, TODAY);

        assertEquals(List.of("PM-1"), earlier.stream().map(Recurrence.Match::issueKey).toList());
        assertEquals("Earlier", earlier.get(0).title());
    }

    @Test
    public void forPage_shouldLeaveOutIssuesUnderASecurityLevelUnlessTheSpaceIsRestricted() throws Exception {
        PostMortem current = doc(START, "checkout", null, null);
        String jql = IndexedPostMortems.earlierJql("PM-3", current, 365, TODAY);
        Issue secured = issue(1L, "PM-1", "Secured", doc(START.minusDays(3), "checkout", null, null));
        when(secured.getSecurityLevelId()).thenReturn(10L);
        parses(jql);
        found(List.of(secured));
        assertEquals(List.of(), indexed.forPage(viewer, "PM-3", current, 365, false, TODAY));
        parses(jql);
        found(List.of(secured));
        assertEquals(1, indexed.forPage(viewer, "PM-3", current, 365, true, TODAY).size());
    }

    @Test
    public void earlier_shouldNotSearchWithoutAnythingToMatchAndShowNothingWhenTheSearchFails() throws Exception {
        assertEquals(List.of(), indexed.earlier(viewer, "PM-3", doc(START, null, " ", null), 365, TODAY));
        verify(search, never()).parseQuery(any(), anyString());

        PostMortem current = doc(START, "checkout", null, null);
        parses(IndexedPostMortems.earlierJql("PM-3", current, 365, TODAY));
        when(search.search(any(), any(), any())).thenThrow(new SearchException("index gone"));
        assertEquals(List.of(), indexed.earlier(viewer, "PM-3", current, 365, TODAY));
        verify(search).search(any(), any(), any());
    }

    private Query parses(String jql) {
        SearchService.ParseResult parsed = mock(SearchService.ParseResult.class);
        Query query = mock(Query.class);
        when(parsed.isValid()).thenReturn(true);
        when(parsed.getQuery()).thenReturn(query);
        when(search.parseQuery(viewer, jql)).thenReturn(parsed);
        return query;
    }

    @SuppressWarnings("unchecked")
    private void found(List<Issue> hits) throws Exception {
        SearchResults<Issue> results = mock(SearchResults.class);
        when(results.getResults()).thenReturn(hits);
        when(search.search(any(), any(Query.class), any())).thenReturn(results);
    }

    private Issue issue(long id, String key, String summary, PostMortem mirrored) {
        Issue issue = mock(Issue.class);
        when(issue.getId()).thenReturn(id);
        when(issue.getKey()).thenReturn(key);
        when(issue.getSummary()).thenReturn(summary);
        when(issue.getSecurityLevelId()).thenReturn(null);
        EntityProperty property = mock(EntityProperty.class);
        when(property.getValue()).thenReturn(new PostMortemMirror().toJson(mirrored));
        when(properties.get(IndexedPostMortems.ISSUE_PROPERTY, id, PostMortemMirror.PROPERTY_KEY))
                .thenReturn(property);
        return issue;
    }
}
