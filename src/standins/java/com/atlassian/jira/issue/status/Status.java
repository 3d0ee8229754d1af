// Stand-in. Source: jira-api javadoc https://docs.atlassian.com/jira/latest/com/atlassian/jira/issue/status/MockStatus.html (latest Server javadoc, (c) 2002-2017: MockStatus implements Status with StatusCategory getStatusCategory(), "Get the StatusCategory for this Status"); Status extends IssueConstant per jira-api 6.x source (turgaycelik/mysource); 11.0 javadoc https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/issue/status/Status.html not reachable
package com.atlassian.jira.issue.status;

import com.atlassian.jira.issue.IssueConstant;
import com.atlassian.jira.issue.status.category.StatusCategory;

public interface Status extends IssueConstant {
    StatusCategory getStatusCategory();
}
