// Stand-in. Source: jira-api 11.0 javadoc, https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/config/IssueTypeManager.html
package com.atlassian.jira.config;

import com.atlassian.jira.issue.issuetype.IssueType;

import java.util.Collection;

public interface IssueTypeManager {
    Collection<IssueType> getIssueTypes();

    IssueType createIssueType(String name, String description, Long avatarId);

    IssueType createSubTaskIssueType(String name, String description, Long avatarId);
}
