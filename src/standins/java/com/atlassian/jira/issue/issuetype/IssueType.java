// Stand-in. Source: jira-api IssueType javadoc, https://docs.atlassian.com/jira/6.3.3/com/atlassian/jira/issue/issuetype/IssueType.html ("@Nullable Avatar getAvatar()", "boolean isSubTask()", @PublicApi interface extending IssueConstant) and IssueTypeImpl 7.1.7 javadoc; Jira 10/11 javadoc (https://docs.atlassian.com/software/jira/docs/api/11.0.0/) not reachable here.
package com.atlassian.jira.issue.issuetype;

import com.atlassian.jira.avatar.Avatar;
import com.atlassian.jira.issue.IssueConstant;

public interface IssueType extends IssueConstant {
    boolean isSubTask();

    Avatar getAvatar();
}
