// Stand-in. Source: jira-api source of com.atlassian.jira.issue.CustomFieldManager (code corpus: "Get a CustomField by its text key (eg 'customfield_10000'). @return The CustomField or null if not found. CustomField getCustomFieldObject(String id);"); Jira 11.0 javadoc https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/issue/CustomFieldManager.html not reachable here, UNCONFIRMED for 11.0
package com.atlassian.jira.issue;

import com.atlassian.jira.issue.fields.CustomField;

public interface CustomFieldManager {
    CustomField getCustomFieldObject(String id);
}
