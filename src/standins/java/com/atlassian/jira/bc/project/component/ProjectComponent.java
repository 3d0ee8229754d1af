// Stand-in. Source (code corpus): "Collection<ProjectComponent> components = issue.getComponents()" then "projectComp.getId()" / component names in Jira apps; String getName() from the jira-api javadoc family (https://docs.atlassian.com/jira/server/com/atlassian/jira/bc/project/component/ProjectComponent.html, "String getName()") UNCONFIRMED for 10/11 (not reachable)
package com.atlassian.jira.bc.project.component;

public interface ProjectComponent {
    String getName();
}
