// Stand-in. Jira 11.3 use: EDIT_ISSUES in codescape/jira-scrum-poker@bb652fd (jira-api 11.3.1) .../helper/ScrumPokerPermissions.java:44 and .../service/EstimateFieldServiceImpl.java:76; BROWSE_PROJECTS and CREATE_ISSUES in 11.x apps per the fidelity audit. Earlier source: Source: jira-api javadoc https://docs.atlassian.com/jira/latest/com/atlassian/jira/permission/ProjectPermissions.html (latest Server javadoc, (c) 2002-2017: "public class ProjectPermissions", public static final ProjectPermissionKey BROWSE_PROJECTS, CREATE_ISSUES, EDIT_ISSUES, LINK_ISSUES and ADD_COMMENTS confirmed); 11.0 javadoc https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/permission/ProjectPermissions.html not reachable | ASSIGNABLE_USER UNCONFIRMED: not in the excerpts above; evidence is Jira's permission-scheme documentation naming the 'Assignable User' project permission (key ASSIGNABLE_USER) and the other keys of this class following that naming; re-check with -Patlassian
package com.atlassian.jira.permission;

import com.atlassian.jira.security.plugin.ProjectPermissionKey;

public class ProjectPermissions {
    public static final ProjectPermissionKey BROWSE_PROJECTS = new ProjectPermissionKey("BROWSE_PROJECTS");
    public static final ProjectPermissionKey CREATE_ISSUES = new ProjectPermissionKey("CREATE_ISSUES");
    public static final ProjectPermissionKey EDIT_ISSUES = new ProjectPermissionKey("EDIT_ISSUES");
    public static final ProjectPermissionKey LINK_ISSUES = new ProjectPermissionKey("LINK_ISSUES");
    public static final ProjectPermissionKey ASSIGNABLE_USER = new ProjectPermissionKey("ASSIGNABLE_USER");
    public static final ProjectPermissionKey ADD_COMMENTS = new ProjectPermissionKey("ADD_COMMENTS");
}
