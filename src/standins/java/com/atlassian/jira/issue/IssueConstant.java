// Stand-in. Source: jira-api javadoc https://docs.atlassian.com/jira/7.1.7/com/atlassian/jira/issue/issuetype/IssueType.html (IssueType inherits getId() and getName() from IssueConstant, which extends Comparable) and https://docs.atlassian.com/jira/latest/com/atlassian/jira/issue/status/MockStatus.html (same inherited list); String return types from jira-api 6.x source (turgaycelik/mysource), not shown on those pages; 11.0 javadoc https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/issue/IssueConstant.html not reachable
package com.atlassian.jira.issue;

public interface IssueConstant {
    String getId();

    String getName();
}
