// Stand-in. Source: jira-api javadoc https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/link/IssueLinkManager.html (latest Server javadoc, (c) 2002-2017: "@PublicApi public interface IssueLinkManager", void createIssueLink(Long sourceIssueId, Long destinationIssueId, Long issueLinkTypeId, Long sequence, ApplicationUser remoteUser) confirmed; the throws clause is not in the summary) and jira-api 6.x source (turgaycelik/mysource: throws CreateException); 11.0 javadoc https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/issue/link/IssueLinkManager.html not reachable, re-check with -Patlassian | List<IssueLink> getInwardLinks(Long destinationId): Jira apps call "List<IssueLink> inwardLinks = issueLinkManager.getInwardLinks(issue.getId())" (code corpus, find_string "issueLinkManager.getInwardLinks("), UNCONFIRMED in the 11.0 javadoc | getInwardLinks(Long) returning List<IssueLink>: "List<IssueLink> inwardIssueLinks = this.issueLinkManager.getInwardLinks(issue.getId())" in Jira apps (code corpus), UNCONFIRMED for 10/11 | getIssueLink(Long sourceId, Long destinationId, Long issueLinkTypeId) returning IssueLink: confirmed on the same javadoc page ("Retrieves an issue link given a source, destination and a link type"); void removeIssueLink(IssueLink issueLink, ApplicationUser remoteUser): the javadoc's member anchor removeIssueLink-com.atlassian.jira.issue.link.IssueLink-com.atlassian.jira.user.ApplicationUser- (quoted in a public ScriptRunner note, code corpus) and a public mock implementing IssueLinkManager (ConDec Jira app, de.uhd.ifi.se.decision.management.jira.mocks.MockIssueLinkManager, code corpus) overriding it with no throws clause; UNCONFIRMED whether 11.0 declares a checked exception on it
package com.atlassian.jira.issue.link;

import com.atlassian.jira.exception.CreateException;
import com.atlassian.jira.user.ApplicationUser;

import java.util.List;

public interface IssueLinkManager {
    void createIssueLink(Long sourceIssueId, Long destinationIssueId, Long issueLinkTypeId, Long sequence,
                         ApplicationUser remoteUser) throws CreateException;

    List<IssueLink> getInwardLinks(Long destinationId);

    IssueLink getIssueLink(Long sourceId, Long destinationId, Long issueLinkTypeId);

    void removeIssueLink(IssueLink issueLink, ApplicationUser remoteUser);
}
