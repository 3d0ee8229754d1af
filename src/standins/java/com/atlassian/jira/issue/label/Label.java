// Stand-in. Source: jira-api javadoc https://docs.atlassian.com/jira/latest/com/atlassian/jira/issue/label/LabelManager.html (the return type of LabelManager.addLabel, class com.atlassian.jira.issue.label.Label); no member is used, so none is declared.
package com.atlassian.jira.issue.label;

public class Label {
}
