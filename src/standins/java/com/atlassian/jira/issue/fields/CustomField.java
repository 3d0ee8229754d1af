// Stand-in. Source: jira-api source of com.atlassian.jira.issue.Issue (code corpus: "Object getCustomFieldValue(CustomField customField);" taking com.atlassian.jira.issue.fields.CustomField) and CustomFieldManager.getCustomFieldObject(String) returning it; no members are used here; Jira 11.0 javadoc https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/issue/fields/CustomField.html not reachable, UNCONFIRMED for 11.0
package com.atlassian.jira.issue.fields;

public interface CustomField {
}
