// Stand-in. Target (not reachable here): jira-api 11.0 javadoc, https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/security/GlobalPermissionManager.html | Audit (docs corpus): not found; hasPermission(GlobalPermissionKey, ApplicationUser) UNCONFIRMED (jira/latest AuthorizationSupport shows GlobalPermissionKey-based checks replacing the int ones deprecated in 6.4).
package com.atlassian.jira.security;

import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.user.ApplicationUser;

public interface GlobalPermissionManager {
    boolean hasPermission(GlobalPermissionKey globalPermissionKey, ApplicationUser user);
}
