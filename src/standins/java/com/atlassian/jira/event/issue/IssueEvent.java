// Stand-in. Source: jira-api IssueEvent.java ("@PublicApi public final class IssueEvent extends AbstractEvent implements IssueRelatedEvent"; Issue getIssue(), Long getEventTypeId()), read in turgaycelik/mysource (Jira 6.x); getUser() returns ApplicationUser since Jira 7.0 ("User replaced with ApplicationUser", developer.atlassian.com/server/jira/platform/jira-7-0-api-changes); Jira 10/11 not checked (unreachable).
package com.atlassian.jira.event.issue;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;

public final class IssueEvent {
    protected IssueEvent() {
    }

    public Issue getIssue() {
        throw new UnsupportedOperationException("stand-in");
    }

    public ApplicationUser getUser() {
        throw new UnsupportedOperationException("stand-in");
    }

    public Long getEventTypeId() {
        throw new UnsupportedOperationException("stand-in");
    }
}
