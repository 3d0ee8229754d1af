// Stand-in. Target (not reachable here): jira-api 11.0 javadoc, https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/issue/search/SearchException.html | Audit (docs corpus): https://docs.atlassian.com/jira/latest/com/atlassian/jira/web/action/issue/IssueSearchResultsAction.html shows SearchException as a checked exception ("getSearchResults() throws SearchException"); the (String) constructor UNCONFIRMED.
package com.atlassian.jira.issue.search;

public class SearchException extends Exception {
    private static final long serialVersionUID = 1L;

    public SearchException(String message) {
        super(message);
    }
}
