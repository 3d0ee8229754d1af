// Stand-in. Source: jira-api IssueInputParameters.java (@PublicApi interface; setProjectId(Long), setIssueTypeId/setPriorityId/setSummary/setDescription/setAssigneeId/setDueDate(String), each returning IssueInputParameters), read in the public jira-api source mirror turgaycelik/mysource (Jira 6.x); the interface confirmed on https://docs.atlassian.com/jira/7.0.8/com/atlassian/jira/issue/IssueInputParameters.html; setAssigneeId takes a user NAME (jira-core AssigneeSystemField resolves "assignee" with UserManager.getUserByName, same mirror); Jira 10/11 unreachable here.
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
