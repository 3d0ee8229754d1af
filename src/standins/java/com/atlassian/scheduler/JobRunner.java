// Stand-in. Source: atlassian-scheduler javadoc https://docs.atlassian.com/atlassian-scheduler/2.0.0/apidocs/com/atlassian/scheduler/JobRunner.html ("@PublicSpi public interface JobRunner", "@Nullable JobRunnerResponse runJob(JobRunnerRequest request)"; a null response counts as success); re-check with -Patlassian
package com.atlassian.scheduler;

public interface JobRunner {
    JobRunnerResponse runJob(JobRunnerRequest request);
}
