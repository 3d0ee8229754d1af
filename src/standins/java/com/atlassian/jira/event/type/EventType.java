// Stand-in. Source: jira-api 11.0 javadoc, https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/event/type/EventType.html (constant field values); only the constants are used
package com.atlassian.jira.event.type;

public class EventType {
    public static final Long ISSUE_UPDATED_ID = 2L;
    public static final Long ISSUE_RESOLVED_ID = 4L;
    public static final Long ISSUE_CLOSED_ID = 5L;
    public static final Long ISSUE_GENERICEVENT_ID = 13L;

    protected EventType() {
        throw new UnsupportedOperationException("stand-in");
    }
}
