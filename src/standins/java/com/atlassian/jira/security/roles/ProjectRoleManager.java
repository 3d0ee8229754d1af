// Stand-in. Source: jira-api javadoc https://docs.atlassian.com/jira/8.22.4/com/atlassian/jira/security/roles/DefaultProjectRoleManager.html ("implements ProjectRoleManager"; "ProjectRole getProjectRole(String name) Retrieves a project role object by name") and jira-api source of ProjectRoleManager (code corpus: "boolean isUserInProjectRole(ApplicationUser user, ProjectRole projectRole, Project project);", throws IllegalArgumentException for a null role or project); 11.0 javadoc https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/security/roles/ProjectRoleManager.html not reachable, re-check with -Patlassian | Jira 10/11 check 2026-11-29: not found in SLK/SCR/MST/BSA (11.x), WAT (10.3) or the code/docs corpora for getProjectRole(String)/isUserInProjectRole (WAT 10.3 injects ProjectRoleManager, calls not seen); UNCONFIRMED for 10/11.
package com.atlassian.jira.security.roles;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;

public interface ProjectRoleManager {
    ProjectRole getProjectRole(String name);

    boolean isUserInProjectRole(ApplicationUser user, ProjectRole projectRole, Project project);
}
