// Stand-in. Source: atlassian-scheduler-api javadoc https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/config/Schedule.html ("@Immutable @PublicApi public final class Schedule", "static Schedule forCronExpression(String cronExpression)"); re-check with -Patlassian
package com.atlassian.scheduler.config;

public final class Schedule {
    private Schedule() {
    }

    public static Schedule forCronExpression(String cronExpression) {
        throw new UnsupportedOperationException("stand-in");
    }
}
