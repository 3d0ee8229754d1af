// Stand-in. Source: jira-api, com/atlassian/jira/config/IssueTypeManager.java (Collection<IssueType> getIssueTypes(); createIssueType(String name, String description, Long avatarId) and createSubTaskIssueType(String, String, Long), void updateIssueType(IssueType, String name, String description, Long avatarId) (since 6.3), alongside deprecated String-iconUrl overloads; checked against jira-core DefaultIssueTypeManager and plugin mocks implementing the interface). Jira 11 javadoc: https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/config/IssueTypeManager.html (not reachable here) | Audit (docs corpus): no IssueTypeManager page found; all four members UNCONFIRMED beyond jira-core/plugin mocks.
package com.atlassian.jira.config;

import com.atlassian.jira.issue.issuetype.IssueType;

import java.util.Collection;

public interface IssueTypeManager {
    Collection<IssueType> getIssueTypes();

    IssueType createIssueType(String name, String description, Long avatarId);

    IssueType createSubTaskIssueType(String name, String description, Long avatarId);

    /** Since 6.3: edits an existing issue type; avatarId must not be null. */
    void updateIssueType(IssueType issueType, String name, String description, Long avatarId);
}
