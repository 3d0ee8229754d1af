// Stand-in. Source: jira-api javadoc https://docs.atlassian.com/jira/7.0.8/com/atlassian/jira/event/type/EventType.html (newest found: "@PublicApi public class EventType"; static Long ISSUE_UPDATED_ID, ISSUE_RESOLVED_ID, ISSUE_CLOSED_ID, ISSUE_GENERICEVENT_ID confirmed as Long fields; the values 2/4/5/13 come from the constant-values page of the 11.0 javadoc URL https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/event/type/EventType.html, not re-checked here); only the constants are used | ISSUE_DELETED_ID: Jira apps compare IssueEvent.getEventTypeId() with EventType.ISSUE_DELETED_ID in @EventListener methods (code corpus: find_string "EventType.ISSUE_DELETED_ID"); its value 8 follows Jira's default event type ids (1 created ... 8 deleted, 9 moved), UNCONFIRMED against the 11.0 constant-values page
package com.atlassian.jira.event.type;

public class EventType {
    public static final Long ISSUE_UPDATED_ID = 2L;
    public static final Long ISSUE_RESOLVED_ID = 4L;
    public static final Long ISSUE_CLOSED_ID = 5L;
    public static final Long ISSUE_DELETED_ID = 8L;
    public static final Long ISSUE_GENERICEVENT_ID = 13L;

    protected EventType() {
        throw new UnsupportedOperationException("stand-in");
    }
}
