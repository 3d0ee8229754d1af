// Stand-in. Target (not reachable here): jira-api 11.0 javadoc, https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/issue/status/category/StatusCategory.html | Audit (docs corpus): no jira-api StatusCategory page found; COMPLETE = "done" and getKey() UNCONFIRMED (MockStatus on jira/latest confirms the type exists and is returned by Status.getStatusCategory()).
package com.atlassian.jira.issue.status.category;

public interface StatusCategory {
    String COMPLETE = "done";

    String getKey();
}
