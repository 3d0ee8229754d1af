// Stand-in. Source: jira-api javadoc https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/link/IssueLink.html (named in the IssueLinkType audit: IssueLink returns IssueLinkType from getIssueLinkType()); Long getSourceId() as Jira apps call it on the elements of issueLinkManager.getInwardLinks(...) ("currentInwardLink.getSourceId()", code corpus), UNCONFIRMED in the 11.0 javadoc | Source (code corpus): "for (final IssueLink inwardLink : inwardLinks) { final IssueLinkType type = inwardLink.getIssueLinkType(); ... inwardLink.getSourceObject()" in a Jira app, and "getInwardLinks(issue.id).findAll { it.issueLinkType.id == type.id }.collect { it.sourceObject }" in Jira scripts; javadoc https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/link/IssueLink.html (getIssueLinkType()); Issue getSourceObject() UNCONFIRMED for 10/11 (11.0 javadoc not reachable)
package com.atlassian.jira.issue.link;

import com.atlassian.jira.issue.Issue;

public interface IssueLink {
    Long getSourceId();

    IssueLinkType getIssueLinkType();

    Issue getSourceObject();
}
