package io.postmortems.jira.reports;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.entity.property.JsonEntityPropertyManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import org.junit.Test;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

public class ReportsPageServletTest {
    @Test
    public void find_shouldRefuseAMalformedProjectKeyBeforeAnySearch() {
        SearchService search = mock(SearchService.class);
        IndexedPostMortems found = new IndexedPostMortems(search, mock(JsonEntityPropertyManager.class));
        IndexedPostMortems.SearchFailed e = org.junit.Assert.assertThrows(IndexedPostMortems.SearchFailed.class,
                () -> found.find(mock(ApplicationUser.class), "PM\" OR project = \"SECRET"));
        assertEquals("postmortems.reports.error.project", e.messageKey());
        verify(search, never()).parseQuery(any(), anyString());
    }

    @Test
    public void jql_shouldLimitToOneProjectOnlyWhenAsked() {
        assertEquals(IndexedPostMortems.ALL_JQL, IndexedPostMortems.jql(null));
        assertTrue(IndexedPostMortems.jql("PM").startsWith("project = \"PM\" AND "));
        assertFalse(IndexedPostMortems.isProjectKey("pm"));
    }

    @Test
    public void signedInCondition_shouldHideTheLinksFromAnonymousVisitors() {
        JiraAuthenticationContext auth = mock(JiraAuthenticationContext.class);
        SignedInCondition condition = new SignedInCondition(auth);
        assertFalse(condition.shouldDisplay(java.util.Map.of()));
        when(auth.getLoggedInUser()).thenReturn(mock(ApplicationUser.class));
        assertTrue(condition.shouldDisplay(java.util.Map.of()));
    }
}
