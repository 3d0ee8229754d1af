// Stand-in. Jira 11.0 use: isActive() called on an ApplicationUser in atlassian-labs/atlassian-slack-integration-server@94c50dc (jira-api 11.0.0) .../service/notification/PersonalNotificationManager.java:64. Earlier source: Source: jira-api javadoc https://docs.atlassian.com/jira/server/com/atlassian/jira/user/DelegatingApplicationUser.html (latest Server javadoc, (c) 2002-2017; implements ApplicationUser: Long getId(), String getKey(), String getName(), String getUsername(), String getEmailAddress(), String getDisplayName(), boolean isActive() all marked "in interface ApplicationUser") and https://docs.atlassian.com/jira/7.0.0/com/atlassian/jira/user/ApplicationUser.html ("public interface ApplicationUser extends Principal, WithId, WithKey"); 11.0 javadoc https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/user/ApplicationUser.html not reachable
package com.atlassian.jira.user;

public interface ApplicationUser {
    String getKey();

    String getUsername();

    String getName();

    Long getId();

    String getEmailAddress();

    String getDisplayName();

    boolean isActive();
}
