// Stand-in. Source: jira-api javadoc https://docs.atlassian.com/jira/latest/com/atlassian/jira/permission/ProjectPermissions.html (latest Server javadoc, (c) 2002-2017: "public class ProjectPermissions", public static final ProjectPermissionKey BROWSE_PROJECTS, CREATE_ISSUES and EDIT_ISSUES confirmed; ADD_COMMENTS from the jira-api source of ProjectPermissions in the code corpus, "public static final ProjectPermissionKey ADD_COMMENTS = new ProjectPermissionKey(\"ADD_COMMENTS\")"); 11.0 javadoc https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/permission/ProjectPermissions.html not reachable
package com.atlassian.jira.permission;

import com.atlassian.jira.security.plugin.ProjectPermissionKey;

public class ProjectPermissions {
    public static final ProjectPermissionKey BROWSE_PROJECTS = new ProjectPermissionKey("BROWSE_PROJECTS");
    public static final ProjectPermissionKey CREATE_ISSUES = new ProjectPermissionKey("CREATE_ISSUES");
    public static final ProjectPermissionKey EDIT_ISSUES = new ProjectPermissionKey("EDIT_ISSUES");
    public static final ProjectPermissionKey ADD_COMMENTS = new ProjectPermissionKey("ADD_COMMENTS");
}
