// Stand-in. Source: atlassian-scheduler-api javadoc https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/SchedulerService.html ("@PublicApi public interface SchedulerService") and the SchedulerService implementation javadoc in Bamboo 9.2.11/10.2.0 (https://docs.atlassian.com/atlassian-bamboo/10.2.0/com/atlassian/bamboo/schedule/AtlassianSchedulerServiceImpl.html: registerJobRunner(JobRunnerKey, JobRunner), unregisterJobRunner(JobRunnerKey), scheduleJob(JobId, JobConfig), unscheduleJob(JobId)); scheduleJob throws SchedulerServiceException as called in public Jira apps (cau-se/pubflow-jira-plugin JiraManagerPluginJob); the version bundled with Jira 11 was not reachable, re-check with -Patlassian | Jira 10/11 check 2026-11-29: not found in SLK/SCR/MST/BSA (11.x), WAT (10.3) or the code/docs corpora (only pre-10 apps); UNCONFIRMED.
package com.atlassian.scheduler;

import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;

public interface SchedulerService {
    void registerJobRunner(JobRunnerKey jobRunnerKey, JobRunner jobRunner);

    void unregisterJobRunner(JobRunnerKey jobRunnerKey);

    void scheduleJob(JobId jobId, JobConfig jobConfig) throws SchedulerServiceException;

    void unscheduleJob(JobId jobId);
}
