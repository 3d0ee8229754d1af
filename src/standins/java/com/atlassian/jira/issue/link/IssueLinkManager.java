// Stand-in. Source: jira-api 11.0 javadoc, https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/issue/link/IssueLinkManager.html; members checked in jira-api source (jira-project/jira-components/jira-api, public mirror turgaycelik/mysource; Jira 6.x source: member names, parameters, static/instance and checked exceptions match; crowd User became ApplicationUser in 7.0; the 11.0 sources themselves were not reachable here, re-check with -Patlassian)
package com.atlassian.jira.issue.link;

import com.atlassian.jira.exception.CreateException;
import com.atlassian.jira.user.ApplicationUser;

public interface IssueLinkManager {
    void createIssueLink(Long sourceIssueId, Long destinationIssueId, Long issueLinkTypeId, Long sequence,
                         ApplicationUser remoteUser) throws CreateException;
}
