// Stand-in. Source: jira-api javadoc https://docs.atlassian.com/jira/8.22.4/com/atlassian/jira/security/roles/DefaultProjectRoleManager.html ("implements ProjectRoleManager"; "ProjectRole getProjectRole(String name) Retrieves a project role object by name") and jira-api source of ProjectRoleManager (code corpus: "boolean isUserInProjectRole(ApplicationUser user, ProjectRole projectRole, Project project);", throws IllegalArgumentException for a null role or project); 11.0 javadoc https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/security/roles/ProjectRoleManager.html not reachable, re-check with -Patlassian
package com.atlassian.jira.security.roles;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;

public interface ProjectRoleManager {
    ProjectRole getProjectRole(String name);

    boolean isUserInProjectRole(ApplicationUser user, ProjectRole projectRole, Project project);
}
