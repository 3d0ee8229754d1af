// Stand-in. Source: jira-api 11.0 javadoc, https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/issue/status/category/StatusCategory.html
package com.atlassian.jira.issue.status.category;

public interface StatusCategory {
    String COMPLETE = "done";

    String getKey();
}
