// Stand-in. Target (not reachable here): jira-api 11.0 javadoc, https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/issue/search/SearchResults.html; getResults() replaced getIssues() in Jira 8.0 (seen in public plugin code calling "searchService.search(...).getResults()" with a "//Jira 8.0 ... //Jira 7.0 getIssues()" note); not checked against 10/11 sources (unreachable). | Audit (docs corpus): generic SearchResults<com.atlassian.jira.issue.Issue> confirmed in jira-software 10.6.0/11.1.0-m0011 javadoc signatures (com.atlassian.greenhopper.service.issue.SearchServiceImpl); getResults() UNCONFIRMED (no jira-api 8+ page found).
package com.atlassian.jira.issue.search;

import java.util.List;

public class SearchResults<T> {
    public List<T> getResults() {
        throw new UnsupportedOperationException("stand-in");
    }
}
