// Stand-in. Target (not reachable here): jira-api 11.0 javadoc, https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/bc/issue/search/SearchService.html | Audit (docs corpus): no jira-api SearchService page found; jira-software 11.1.0-m0011 javadoc (https://docs.atlassian.com/jira-software/11.1.0-m0011/com/atlassian/greenhopper/service/issue/SearchServiceImpl.html) wraps it with com.atlassian.jira.issue.search.SearchResults<com.atlassian.jira.issue.Issue>, consistent with the generic return type here; search(ApplicationUser, Query, PagerFilter) throws SearchException UNCONFIRMED. | parseQuery(ApplicationUser, String) returning SearchService.ParseResult (isValid(), getQuery()) and searchOverrideSecurity(ApplicationUser, Query, PagerFilter) (since Jira 8.0, moved from SearchProvider; "//Jira 8.0 ... searchService.searchOverrideSecurity(user, query, PagerFilter.getUnlimitedFilter()).getResults()") as called in public Jira app code found with the code search; UNCONFIRMED against 11.0.
package com.atlassian.jira.bc.issue.search;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;

public interface SearchService {
    SearchResults<Issue> search(ApplicationUser searcher, Query query, PagerFilter pager) throws SearchException;

    SearchResults<Issue> searchOverrideSecurity(ApplicationUser searcher, Query query, PagerFilter pager)
            throws SearchException;

    ParseResult parseQuery(ApplicationUser searcher, String query);

    final class ParseResult {
        public Query getQuery() {
            throw new UnsupportedOperationException("stand-in");
        }

        public boolean isValid() {
            throw new UnsupportedOperationException("stand-in");
        }
    }
}
