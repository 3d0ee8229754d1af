// Stand-in. Source: jira-api, com/atlassian/jira/issue/IssueManager.java (MutableIssue getIssueObject(Long id) throws DataAccessException, a RuntimeException). Jira 11 javadoc: https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/issue/IssueManager.html (not reachable here)
package com.atlassian.jira.issue;

public interface IssueManager {
    MutableIssue getIssueObject(Long id);

    MutableIssue getIssueObject(String key);
}
