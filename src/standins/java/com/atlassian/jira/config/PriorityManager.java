// Stand-in. Target (not reachable here): jira-api 11.0 javadoc, https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/config/PriorityManager.html; members checked in jira-api source (jira-project/jira-components/jira-api, public mirror turgaycelik/mysource; Jira 6.x source: member names, parameters, static/instance and checked exceptions match; crowd User became ApplicationUser in 7.0; the 11.0 sources themselves were not reachable here, re-check with -Patlassian) | Audit (docs corpus): not found; getPriorities() UNCONFIRMED beyond jira-api 6.x source.
package com.atlassian.jira.config;

import com.atlassian.jira.issue.priority.Priority;

import java.util.List;

public interface PriorityManager {
    List<Priority> getPriorities();
}
