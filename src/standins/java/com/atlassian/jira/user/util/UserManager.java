// Stand-in. Source: jira-api, com/atlassian/jira/user/util/UserManager.java (ApplicationUser getUserByKey(String userKey), since 6.0). Jira 11 javadoc: https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/user/util/UserManager.html (not reachable here)
package com.atlassian.jira.user.util;

import com.atlassian.jira.user.ApplicationUser;

public interface UserManager {
    ApplicationUser getUserByKey(String userKey);

    ApplicationUser getUserByName(String userName);
}
