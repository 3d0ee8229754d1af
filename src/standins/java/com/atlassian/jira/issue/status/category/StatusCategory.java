// Stand-in. Target (not reachable here): jira-api 11.0 javadoc, https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/issue/status/category/StatusCategory.html | Audit (docs corpus): no jira-api StatusCategory page found; COMPLETE = "done", IN_PROGRESS = "indeterminate" (the key of Jira's yellow "In Progress" category, as the REST statuscategory resource names it) and getKey() UNCONFIRMED (MockStatus on jira/latest confirms the type exists and is returned by Status.getStatusCategory()).
package com.atlassian.jira.issue.status.category;

public interface StatusCategory {
    String IN_PROGRESS = "indeterminate";

    String COMPLETE = "done";

    String getKey();
}
