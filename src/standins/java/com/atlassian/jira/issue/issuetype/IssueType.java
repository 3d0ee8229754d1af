// Stand-in. Source: jira-api javadoc https://docs.atlassian.com/jira/7.1.7/com/atlassian/jira/issue/issuetype/IssueType.html (newest found: "@PublicApi public interface IssueType extends IssueConstant"; Avatar getAvatar() and boolean isSubTask() confirmed; getId()/getName() inherited from IssueConstant) and 6.3.3 ("@Nullable Avatar getAvatar()"); 11.0 javadoc https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/issue/issuetype/IssueType.html not reachable
package com.atlassian.jira.issue.issuetype;

import com.atlassian.jira.avatar.Avatar;
import com.atlassian.jira.issue.IssueConstant;

public interface IssueType extends IssueConstant {
    boolean isSubTask();

    Avatar getAvatar();
}
