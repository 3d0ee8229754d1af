// Stand-in. Source: jira-api javadoc https://docs.atlassian.com/jira/7.0.6/com/atlassian/jira/issue/IssueManager.html (newest found: "@PublicApi public interface IssueManager"; getIssueObject(Long)/getIssueObject(String) returning MutableIssue UNCONFIRMED there, past the excerpt) and jira-api 6.x source (turgaycelik/mysource: MutableIssue getIssueObject(Long id), MutableIssue getIssueObject(String key)); 11.0 javadoc https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/issue/IssueManager.html not reachable, re-check with -Patlassian
package com.atlassian.jira.issue;

public interface IssueManager {
    MutableIssue getIssueObject(Long id);

    MutableIssue getIssueObject(String key);
}
