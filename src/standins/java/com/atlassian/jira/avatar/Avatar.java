// Stand-in. Source: jira-api 11.0 javadoc, https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/avatar/Avatar.html
package com.atlassian.jira.avatar;

public interface Avatar {
    Long getId();
}
