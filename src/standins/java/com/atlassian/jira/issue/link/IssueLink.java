// Stand-in. Source: jira-api javadoc https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/link/IssueLink.html (latest Server javadoc, (c) 2002-2017: "@PublicApi public interface IssueLink extends OfBizValueWrapper"); no member is used: the app only passes a link from IssueLinkManager.getIssueLink back to IssueLinkManager.removeIssueLink (the OfBizValueWrapper supertype is left out, as in the other stand-ins); 11.0 javadoc not reachable, re-check with -Patlassian
package com.atlassian.jira.issue.link;

public interface IssueLink {
}
