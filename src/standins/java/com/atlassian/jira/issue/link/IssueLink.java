// Stand-in. Source: jira-api javadoc https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/link/IssueLink.html (named in the IssueLinkType audit: IssueLink returns IssueLinkType from getIssueLinkType()); Long getSourceId() as Jira apps call it on the elements of issueLinkManager.getInwardLinks(...) ("currentInwardLink.getSourceId()", code corpus), UNCONFIRMED in the 11.0 javadoc
package com.atlassian.jira.issue.link;

public interface IssueLink {
    Long getSourceId();
}
