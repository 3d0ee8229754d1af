// Stand-in. Target (not reachable here): jira-api 11.0 javadoc, https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/issue/priority/Priority.html | Audit (docs corpus): not found; UNCONFIRMED.
package com.atlassian.jira.issue.priority;

import com.atlassian.jira.issue.IssueConstant;

public interface Priority extends IssueConstant {
}
