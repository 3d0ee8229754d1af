// Stand-in. Source: jira-api 11.0 javadoc, https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/user/ApplicationUser.html
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
