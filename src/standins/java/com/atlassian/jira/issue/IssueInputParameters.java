// Stand-in. Source: jira-api 11.0 javadoc, https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/issue/IssueInputParameters.html; setAssigneeId takes a user NAME: jira-core AssigneeSystemField resolves the "assignee" parameter with UserManager.getUserByName (same mirror) | Audit (docs corpus): https://docs.atlassian.com/jira/7.0.8/com/atlassian/jira/issue/IssueInputParameters.html confirms "@PublicApi public interface IssueInputParameters" (newest page found); the seven setters and their IssueInputParameters return type UNCONFIRMED there (past the excerpt).
package com.atlassian.jira.issue;

public interface IssueInputParameters {
    IssueInputParameters setProjectId(Long projectId);

    IssueInputParameters setIssueTypeId(String issueTypeId);

    IssueInputParameters setPriorityId(String priorityId);

    IssueInputParameters setSummary(String summary);

    IssueInputParameters setDescription(String description);

    IssueInputParameters setAssigneeId(String assigneeId);

    IssueInputParameters setDueDate(String dueDate);
}
