// Stand-in. Source: jira-api javadoc https://docs.atlassian.com/jira/7.2.0/com/atlassian/jira/project/Project.html (newest found: "@PublicApi public interface Project extends Named, NamedWithDescription, WithId, WithKey"; Long getId(), String getKey(), String getName(), Collection<IssueType> getIssueTypes() confirmed); earlier: jira-api Project.java (turgaycelik/mysource); 11.0 javadoc https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/project/Project.html not reachable
package com.atlassian.jira.project;

import com.atlassian.jira.issue.issuetype.IssueType;

import java.util.Collection;

public interface Project {
    Long getId();

    String getKey();

    String getName();

    Collection<IssueType> getIssueTypes();
}
