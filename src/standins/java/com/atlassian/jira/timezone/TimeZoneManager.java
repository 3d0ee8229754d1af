// Stand-in. Source: jira-api DAC javadoc https://docs.atlassian.com/DAC/javadoc/jira/reference/com/atlassian/jira/timezone/TimeZoneManager.html (6.x-era reference: "public interface TimeZoneManager", TimeZone getLoggedInUserTimeZone() confirmed); no 7.x+ page found; 11.0 javadoc https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/timezone/TimeZoneManager.html not reachable
package com.atlassian.jira.timezone;

import java.util.TimeZone;

public interface TimeZoneManager {
    TimeZone getLoggedInUserTimeZone();
}
