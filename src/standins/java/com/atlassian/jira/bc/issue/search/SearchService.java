// Stand-in. Jira 11.0 use: parseQuery(ApplicationUser, String), ParseResult.isValid() and getQuery() in atlassian-labs/atlassian-slack-integration-server@94c50dc (jira-api 11.0.0) jira-slack-server-integration/jira-slack-server-integration-plugin/.../slack/service/issuefilter/impl/JqlIssueFilter.java:74,76,107; search(..) and searchOverrideSecurity(..) UNCONFIRMED for 10/11 (Jira 10/11 check 2026-11-29: not found in SLK/SCR/MST/BSA (11.x), WAT (10.3) or the code/docs corpora; Atlassian's 11.0 code searches through IssueDocumentSearchService.getHitCount instead). Earlier source: Target (not reachable here): jira-api 11.0 javadoc, https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/bc/issue/search/SearchService.html | Audit (docs corpus): no jira-api SearchService page found; jira-software 11.1.0-m0011 javadoc (https://docs.atlassian.com/jira-software/11.1.0-m0011/com/atlassian/greenhopper/service/issue/SearchServiceImpl.html) wraps it with com.atlassian.jira.issue.search.SearchResults<com.atlassian.jira.issue.Issue>, consistent with the generic return type here; search(ApplicationUser, Query, PagerFilter) throws SearchException UNCONFIRMED. | parseQuery(ApplicationUser, String) returning SearchService.ParseResult (isValid(), getQuery()) and searchOverrideSecurity(ApplicationUser, Query, PagerFilter) (since Jira 8.0, moved from SearchProvider; "//Jira 8.0 ... searchService.searchOverrideSecurity(user, query, PagerFilter.getUnlimitedFilter()).getResults()") as called in public Jira app code found with the code search; UNCONFIRMED against 11.0.
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
