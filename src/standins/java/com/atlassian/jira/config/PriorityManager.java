// Stand-in. Source: jira-api 11.0 javadoc, https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/config/PriorityManager.html; members checked in jira-api source (jira-project/jira-components/jira-api, public mirror turgaycelik/mysource; Jira 6.x source, signatures unchanged in the 11.0 javadoc except crowd User -> ApplicationUser since 7.0)
package com.atlassian.jira.config;

import com.atlassian.jira.issue.priority.Priority;

import java.util.List;

public interface PriorityManager {
    List<Priority> getPriorities();
}
