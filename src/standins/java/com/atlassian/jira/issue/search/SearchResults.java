// Stand-in. Source: jira-api 11.0 javadoc, https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/issue/search/SearchResults.html
package com.atlassian.jira.issue.search;

import java.util.List;

public class SearchResults<T> {
    public List<T> getResults() {
        throw new UnsupportedOperationException("stand-in");
    }
}
