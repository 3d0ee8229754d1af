// Stand-in. Jira 11.0 use: "watcherManager.getWatchersUnsorted(issue).stream()" on a Collection<ApplicationUser> in atlassian-labs/atlassian-slack-integration-server (jira-api 11.0.0), PersonalNotificationManager; also "Collection<ApplicationUser> watchers = watcherManager.getWatchersUnsorted(issue)" in other Jira apps (code corpus); 11.0 javadoc https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/issue/watchers/WatcherManager.html not reachable
package com.atlassian.jira.issue.watchers;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;

import java.util.Collection;

public interface WatcherManager {
    Collection<ApplicationUser> getWatchersUnsorted(Issue issue);
}
