// Stand-in. Source: atlassian-scheduler-api javadoc https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/config/Schedule.html ("@Immutable @PublicApi public final class Schedule", "static Schedule forCronExpression(String cronExpression)"); re-check with -Patlassian | Jira 10/11 check 2026-11-29: not found in SLK/SCR/MST/BSA (11.x), WAT (10.3) or the code/docs corpora; UNCONFIRMED.
package com.atlassian.scheduler.config;

public final class Schedule {
    private Schedule() {
    }

    public static Schedule forCronExpression(String cronExpression) {
        throw new UnsupportedOperationException("stand-in");
    }
}
