// Stand-in. Source: jira-api javadoc https://docs.atlassian.com/jira/8.22.4/com/atlassian/jira/security/roles/DefaultProjectRoleManager.html (ProjectRole is the type getProjectRole(String) returns and isUserInProjectRole takes); no member is used here; 11.0 javadoc https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/security/roles/ProjectRole.html not reachable, re-check with -Patlassian | Jira 10/11 check 2026-11-29: not found in SLK/SCR/MST/BSA (11.x), WAT (10.3) or the code/docs corpora; UNCONFIRMED.
package com.atlassian.jira.security.roles;

public interface ProjectRole {
}
