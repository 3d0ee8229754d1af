// Stand-in. Source: jira-api javadoc https://docs.atlassian.com/jira/server/com/atlassian/jira/avatar/Avatar.html (latest Server javadoc: "@PublicApi public interface Avatar", Long getId() confirmed; getAvatarType() deprecated since 7.1 in favour of getIconType(), neither used here); 11.0 javadoc https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/avatar/Avatar.html not reachable
package com.atlassian.jira.avatar;

public interface Avatar {
    Long getId();
}
