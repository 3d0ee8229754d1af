// Stand-in. Source: atlassian-scheduler javadoc https://docs.atlassian.com/atlassian-scheduler/2.0.0/apidocs/com/atlassian/scheduler/JobRunner.html (runJob's parameter type, com.atlassian.scheduler.JobRunnerRequest, an interface); no member is used here; re-check with -Patlassian
package com.atlassian.scheduler;

public interface JobRunnerRequest {
}
