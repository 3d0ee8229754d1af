// Stand-in. Source: atlassian-scheduler-api javadoc https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/config/package-summary.html ("JobConfig: Configuration options available when scheduling a job to be run"); static forJobRunnerKey(JobRunnerKey), withRunMode(RunMode), withSchedule(Schedule) as called in public Jira apps (cau-se/pubflow-jira-plugin JiraManagerPluginJob: "JobConfig.forJobRunnerKey(JOB_RUNNER_KEY).withRunMode(RunMode.RUN_LOCALLY).withSchedule(Schedule.runOnce(...))"); re-check with -Patlassian | Jira 10/11 check 2026-11-29: not found in SLK/SCR/MST/BSA (11.x), WAT (10.3) or the code/docs corpora; UNCONFIRMED.
package com.atlassian.scheduler.config;

public final class JobConfig {
    private JobConfig() {
    }

    public static JobConfig forJobRunnerKey(JobRunnerKey jobRunnerKey) {
        throw new UnsupportedOperationException("stand-in");
    }

    public JobConfig withRunMode(RunMode runMode) {
        throw new UnsupportedOperationException("stand-in");
    }

    public JobConfig withSchedule(Schedule schedule) {
        throw new UnsupportedOperationException("stand-in");
    }
}
