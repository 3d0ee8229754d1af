// Stand-in. Jira 11.0 use: getProjectObjByKey(String) called in atlassian-labs/atlassian-slack-integration-server@94c50dc (jira-api 11.0.0) jira-slack-server-integration-plugin/.../web/actions/AbstractProjectAction.java:124. Earlier source: Source: jira-api ProjectManager.java (jira-project/jira-components/jira-api, checked in turgaycelik/mysource: "Project getProjectObjByKey(String projectKey)") and the 11.0 javadoc https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/project/ProjectManager.html | Audit (docs corpus): not found; getProjectObjByKey(String) UNCONFIRMED in 7.x+ pages.
package com.atlassian.jira.project;

public interface ProjectManager {
    Project getProjectObjByKey(String projectKey);
}
