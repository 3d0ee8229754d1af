// Stand-in. Source: jira-api, com/atlassian/jira/bc/issue/properties/IssuePropertyService.java (javadoc https://docs.atlassian.com/jira/7.0.8/com/atlassian/jira/bc/issue/properties/package-summary.html; extends EntityWithKeyPropertyService<Issue>, which extends EntityPropertyService<Issue>); the members we call are inherited from EntityPropertyService | Audit (docs corpus): no newer page found; UNCONFIRMED beyond 7.0.8 package summary.
package com.atlassian.jira.bc.issue.properties;

import com.atlassian.jira.entity.property.EntityPropertyService;
import com.atlassian.jira.issue.Issue;

public interface IssuePropertyService extends EntityPropertyService<Issue> {
}
