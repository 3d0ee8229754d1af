// Stand-in. Source: jira-api 11.0 javadoc, https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/event/issue/IssueEvent.html (a class there; bodies here only refuse, tests mock it) - NOT re-verified here (javadoc not reachable; getUser() returns ApplicationUser since Jira 7 to our knowledge).
package com.atlassian.jira.event.issue;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;

public class IssueEvent {
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
