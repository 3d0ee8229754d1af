// Stand-in. Source: jira-api 11.0 javadoc, https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/project/Project.html
package com.atlassian.jira.project;

public interface Project {
    Long getId();

    String getKey();

    String getName();
}
