// Stand-in. Source: jira-api javadoc https://docs.atlassian.com/jira/server/com/atlassian/jira/security/groups/GroupManager.html ("public interface GroupManager", ApplicationUser-based methods such as addUserToGroup(ApplicationUser, Group) and getGroupNamesForUser(ApplicationUser)); "boolean isUserInGroup(ApplicationUser user, String groupname)" UNCONFIRMED there (past the excerpt); 11.0 javadoc https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/security/groups/GroupManager.html not reachable, re-check with -Patlassian | Jira 10/11 check 2026-11-29: not found in SLK/SCR/MST/BSA (11.x), WAT (10.3) or the code/docs corpora for isUserInGroup(ApplicationUser, String) (MST 11.3 injects GroupManager but calls getGroup(String)); UNCONFIRMED. | groupExists(String) and getUsersInGroup(String) (announcement e-mail to a group): UNCONFIRMED: the Jira server GroupManager javadoc (https://docs.atlassian.com/jira/server/com/atlassian/jira/security/groups/GroupManager.html) lists members returning Collection<ApplicationUser>, but the excerpt reachable here ends before these two; re-check with -Patlassian.
package com.atlassian.jira.security.groups;

import com.atlassian.jira.user.ApplicationUser;

public interface GroupManager {
    boolean isUserInGroup(ApplicationUser user, String groupname);

    boolean groupExists(String groupName);

    java.util.Collection<ApplicationUser> getUsersInGroup(String groupName);
}
