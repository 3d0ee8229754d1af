package io.postmortems.jira.countermeasures;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.query.Query;
import io.postmortems.core.model.Ideas;
import io.postmortems.core.model.PostMortem;
import org.junit.Test;

import java.util.List;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

public class IdeaCountsTest {
    private final SearchService search = mock(SearchService.class);
    private final ApplicationUser viewer = mock(ApplicationUser.class);

    private static PostMortem doc(String... ideas) {
        PostMortem doc = new PostMortem();
        doc.setIdeas(List.of(ideas));
        return doc;
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
    private static SearchResults<Issue> hits(String... keys) {
        SearchResults<Issue> results = mock(SearchResults.class);
        List<Issue> issues = new java.util.ArrayList<>();
        for (String key : keys) {
            Issue issue = mock(Issue.class);
            when(issue.getKey()).thenReturn(key);
            issues.add(issue);
        }
        when(results.getResults()).thenReturn(issues);
        return results;
    }

    private static String jql(String idea) {
        return "issue.property[postmortem].ideas = \"" + Ideas.fingerprint(idea).orElseThrow() + "\" ORDER BY key ASC";
    }

    @Test
    public void raisedIn_shouldSearchEachSameIdeaOnceAsTheViewer() throws Exception {
        Query query = parses(jql("Add a canary"));
        SearchResults<Issue> found = hits("PM-3", "PM-7");
        when(search.search(eq(viewer), eq(query), any())).thenReturn(found);

        Map<String, List<String>> raised = new IdeaCounts(search).raisedIn(viewer,
                doc("Add a canary", "add a CANARY!", " "));

        assertEquals(Map.of(Ideas.fingerprint("Add a canary").orElseThrow(), List.of("PM-3", "PM-7")), raised);
        verify(search, never()).searchOverrideSecurity(any(), any(), any());
    }

    @Test
    public void raisedIn_shouldLeaveOutAnIdeaWhoseSearchFails() throws Exception {
        Query failing = parses(jql("Add a canary"));
        when(search.search(eq(viewer), eq(failing), any())).thenThrow(new SearchException("index down"));
        SearchService.ParseResult invalid = mock(SearchService.ParseResult.class);
        when(search.parseQuery(viewer, jql("Rotate logs"))).thenReturn(invalid);

        assertTrue(new IdeaCounts(search).raisedIn(viewer, doc("Add a canary", "Rotate logs")).isEmpty());
    }
}
