// Stand-in. Source: jira-api 11.0 javadoc, https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/config/PriorityManager.html
package com.atlassian.jira.config;

import com.atlassian.jira.issue.priority.Priority;

import java.util.List;

public interface PriorityManager {
    List<Priority> getPriorities();
}
