// Stand-in. Source: jira-api javadoc https://docs.atlassian.com/jira/server/com/atlassian/jira/event/issue/IssueEvent.html (latest Server javadoc: "@PublicApi public final class IssueEvent extends AbstractEvent implements IssueRelatedEvent", constructor takes ApplicationUser); getIssue(), getUser() (ApplicationUser since 7.0) and getEventTypeId() UNCONFIRMED there (past the excerpt), read in jira-api IssueEvent.java (turgaycelik/mysource, Jira 6.x); the AbstractEvent/IssueRelatedEvent supertypes are not reproduced (calls resolve through IssueEvent either way); Jira 10/11 not checked (unreachable)
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
