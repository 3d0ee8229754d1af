// Stand-in. Source: jira-api 11.0 javadoc, https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/project/Project.html; getIssueTypes() checked in jira-api Project.java ("Collection<IssueType> getIssueTypes()", turgaycelik/mysource)
package com.atlassian.jira.project;

import com.atlassian.jira.issue.issuetype.IssueType;

import java.util.Collection;

public interface Project {
    Long getId();

    String getKey();

    String getName();

    Collection<IssueType> getIssueTypes();
}
