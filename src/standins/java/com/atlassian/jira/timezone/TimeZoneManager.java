// Stand-in. Source: jira-api 11.0 javadoc, https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/timezone/TimeZoneManager.html
package com.atlassian.jira.timezone;

import java.util.TimeZone;

public interface TimeZoneManager {
    TimeZone getLoggedInUserTimeZone();
}
