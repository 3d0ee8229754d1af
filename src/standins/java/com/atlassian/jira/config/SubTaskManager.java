// Stand-in. Source: jira-api javadoc https://docs.atlassian.com/jira/server/com/atlassian/jira/config/SubTaskManager.html (latest Server javadoc: "@PublicApi public interface SubTaskManager", void createSubTaskIssueLink(Issue parentIssue, Issue subTaskIssue, ApplicationUser remoteUser) confirmed; the throws clause is not in the summary) and jira-api 6.x source (turgaycelik/mysource: throws CreateException); 11.0 javadoc https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/config/SubTaskManager.html not reachable, re-check with -Patlassian
package com.atlassian.jira.config;

import com.atlassian.jira.exception.CreateException;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;

public interface SubTaskManager {
    void createSubTaskIssueLink(Issue parentIssue, Issue subTaskIssue, ApplicationUser remoteUser)
            throws CreateException;
}
