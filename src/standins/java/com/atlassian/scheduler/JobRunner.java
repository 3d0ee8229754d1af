// Stand-in. Source: atlassian-scheduler javadoc https://docs.atlassian.com/atlassian-scheduler/2.0.0/apidocs/com/atlassian/scheduler/JobRunner.html ("@PublicSpi public interface JobRunner", "@Nullable JobRunnerResponse runJob(JobRunnerRequest request)"; a null response counts as success); re-check with -Patlassian | Jira 10/11 check 2026-11-29: not found in SLK/SCR/MST/BSA (11.x), WAT (10.3) or the code/docs corpora (only Jira 7.x/8.x apps: blackducksoftware/blackduck-jira, mailru/jira-plugins-mrimsender); UNCONFIRMED.
package com.atlassian.scheduler;

public interface JobRunner {
    JobRunnerResponse runJob(JobRunnerRequest request);
}
