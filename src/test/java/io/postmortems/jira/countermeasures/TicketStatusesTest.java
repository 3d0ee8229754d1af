package io.postmortems.jira.countermeasures;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.issue.status.category.StatusCategory;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;
import io.postmortems.jira.countermeasures.TicketStatuses.TicketStatus;
import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.MockedStatic;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

public class TicketStatusesTest {
    @Rule
    public MockitoRule mockito = MockitoJUnit.rule();
    @Mock
    SearchService search;
    @Mock
    ApplicationUser viewer;
    @Mock
    SearchResults<Issue> results;
    @Mock
    PagerFilter<?> unlimited;

    private final Query query = mock(Query.class);
    private final List<List<String>> queried = new ArrayList<>();
    private MockedStatic<PagerFilter> pagers;
    private TicketStatuses statuses;

    @Before
    public void setUp() {
        pagers = mockStatic(PagerFilter.class);
        pagers.when(PagerFilter::getUnlimitedFilter).thenReturn(unlimited);
        statuses = new TicketStatuses(search, keys -> {
            queried.add(Arrays.asList(keys));
            return query;
        });
    }

    @After
    public void tearDown() {
        pagers.close();
    }

    private static Issue issue(String key, String status, String category) {
        Issue issue = mock(Issue.class);
        Status s = mock(Status.class);
        StatusCategory c = mock(StatusCategory.class);
        when(c.getKey()).thenReturn(category);
        when(s.getName()).thenReturn(status);
        when(s.getStatusCategory()).thenReturn(c);
        when(issue.getKey()).thenReturn(key);
        when(issue.getSummary()).thenReturn("summary of " + key);
        when(issue.getStatus()).thenReturn(s);
        return issue;
    }

    @Test
    public void load_shouldSearchOnceAsTheViewerForAllDistinctKeys() throws Exception {
        when(search.search(viewer, query, unlimited)).thenReturn(results);
        List<Issue> found = List.of(issue("PM-2", "Done", "done"), issue("PM-3", "In Progress", "indeterminate"));
        when(results.getResults()).thenReturn(found);
        Optional<Map<String, TicketStatus>> loaded = statuses.load(viewer,
                Arrays.asList("PM-2", null, "PM-3", " ", "PM-2", "PM-4"));
        assertEquals(List.of(List.of("PM-2", "PM-3", "PM-4")), queried);
        verify(search, times(1)).search(viewer, query, unlimited);
        Map<String, TicketStatus> byKey = loaded.orElseThrow();
        assertTrue(byKey.get("PM-2").done());
        assertFalse(byKey.get("PM-3").done());
        assertEquals("In Progress", byKey.get("PM-3").statusName());
        assertFalse("a ticket the viewer may not see is simply absent", byKey.containsKey("PM-4"));
    }

    @Test
    public void load_shouldCarryTheCategoryAndTheResolutionDate() throws Exception {
        when(search.search(viewer, query, unlimited)).thenReturn(results);
        Issue done = issue("PM-2", "Closed", "done");
        when(done.getResolutionDate()).thenReturn(java.sql.Timestamp.from(java.time.Instant.parse(
                "2026-03-02T09:00:00Z")));
        Issue doing = issue("PM-3", "Doing", "indeterminate");
        when(results.getResults()).thenReturn(List.of(done, doing));
        Map<String, TicketStatus> byKey = statuses.load(viewer, List.of("PM-2", "PM-3")).orElseThrow();
        assertEquals(java.time.Instant.parse("2026-03-02T09:00:00Z"), byKey.get("PM-2").resolved());
        assertEquals("done", byKey.get("PM-2").categoryKey());
        assertTrue(byKey.get("PM-3").inProgress());
        assertFalse(byKey.get("PM-2").inProgress());
        assertEquals(null, byKey.get("PM-3").resolved());
    }

    @Test
    public void load_shouldNotSearchWithoutKeys() throws Exception {
        assertEquals(Optional.of(Map.of()), statuses.load(viewer, Arrays.asList(null, "")));
        verifyNoInteractions(search);
        assertTrue(queried.isEmpty());
    }

    @Test
    public void load_shouldBeEmptyWhenTheSearchFails() throws Exception {
        when(search.search(any(), any(), any())).thenThrow(new SearchException("index unavailable"));
        assertEquals(Optional.empty(), statuses.load(viewer, List.of("PM-2")));
    }

    @Test
    public void load_shouldTreatAMissingStatusAsNotDone() throws Exception {
        Issue odd = mock(Issue.class);
        when(odd.getKey()).thenReturn("PM-9");
        when(search.search(viewer, query, unlimited)).thenReturn(results);
        when(results.getResults()).thenReturn(List.of(odd));
        TicketStatus status = statuses.load(viewer, List.of("PM-9")).orElseThrow().get("PM-9");
        assertFalse(status.done());
        assertEquals(null, status.statusName());
        verify(search, never()).search(viewer, null, unlimited);
    }
}
