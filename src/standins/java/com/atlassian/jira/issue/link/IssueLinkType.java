// Stand-in. Target (not reachable here): jira-api 11.0 javadoc, https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/issue/link/IssueLinkType.html; getId() checked in jira-api IssueLinkType.java ("Long getId()", turgaycelik/mysource) | Audit (docs corpus): https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/link/IssueLink.html returns IssueLinkType (getIssueLinkType()); Long getId() and String getName() UNCONFIRMED on an IssueLinkType page.
package com.atlassian.jira.issue.link;

public interface IssueLinkType {
    Long getId();

    String getName();
}
