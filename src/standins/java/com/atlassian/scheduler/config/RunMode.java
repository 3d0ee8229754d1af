// Stand-in. Source: atlassian-scheduler-api javadoc https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/config/package-summary.html ("RunMode: Represents how a Job will be run by the scheduler"); RUN_ONCE_PER_CLUSTER ("will only run on one node of the cluster each time that it triggers ... the job's schedule will persist across restarts") as imported by public Jira apps (collabsoft clustering AbstractClusteredScheduler); the other constant (RUN_LOCALLY) is not used here; re-check with -Patlassian | Jira 10/11 check 2026-11-29: not found in SLK/SCR/MST/BSA (11.x), WAT (10.3) or the code/docs corpora; UNCONFIRMED.
package com.atlassian.scheduler.config;

public enum RunMode {
    RUN_ONCE_PER_CLUSTER
}
