// Stand-in. Source: jira-api 11.0 javadoc, https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/issue/issuetype/IssueType.html - NOT re-verified here (javadoc not reachable; no jira-api source with getAvatar() found in the code index). Avatar getAvatar() is on IssueType since Jira 6.3 to our knowledge.
package com.atlassian.jira.issue.issuetype;

import com.atlassian.jira.avatar.Avatar;
import com.atlassian.jira.issue.IssueConstant;

public interface IssueType extends IssueConstant {
    boolean isSubTask();

    Avatar getAvatar();
}
