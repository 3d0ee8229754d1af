// Stand-in. Source: atlassian-scheduler-api, com.atlassian.scheduler.SchedulerServiceException (checked exception of SchedulerService.scheduleJob, caught by public Jira apps: cau-se/pubflow-jira-plugin JiraManagerPluginJob, collabsoft AbstractClusteredScheduler); package listing https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/package-summary.html; re-check with -Patlassian | Jira 10/11 check 2026-11-29: not found in SLK/SCR/MST/BSA (11.x), WAT (10.3) or the code/docs corpora; UNCONFIRMED.
package com.atlassian.scheduler;

public class SchedulerServiceException extends Exception {
    private static final long serialVersionUID = 1L;

    public SchedulerServiceException(String message) {
        super(message);
    }
}
