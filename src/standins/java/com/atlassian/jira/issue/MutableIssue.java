// Stand-in. Target (not reachable here): jira-api 11.0 javadoc, https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/issue/MutableIssue.html (no own member called) | Audit (docs corpus): MutableIssue is the return type of IssueService.IssueValidationResult.getIssue() on https://docs.atlassian.com/jira/latest/com/atlassian/jira/bc/issue/IssueService.IssueValidationResult.html; extends Issue UNCONFIRMED in 7.x+ pages.
package com.atlassian.jira.issue;

public interface MutableIssue extends Issue {
}
