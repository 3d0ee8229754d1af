// Stand-in. Jira 11.3 use: return type of LabelManager.addLabel in codescape/jira-multiple-subtasks@ce71581 (jira 11.3.3) .../service/SubtasksCreationService.java:300. Earlier source: Source: jira-api javadoc https://docs.atlassian.com/jira/latest/com/atlassian/jira/issue/label/LabelManager.html (the return type of LabelManager.addLabel, class com.atlassian.jira.issue.label.Label); no member is used, so none is declared.
package com.atlassian.jira.issue.label;

public class Label {
}
