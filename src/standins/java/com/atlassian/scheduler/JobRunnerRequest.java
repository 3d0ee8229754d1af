// Stand-in. Source: atlassian-scheduler javadoc https://docs.atlassian.com/atlassian-scheduler/2.0.0/apidocs/com/atlassian/scheduler/JobRunner.html (runJob's parameter type, com.atlassian.scheduler.JobRunnerRequest, an interface); no member is used here; re-check with -Patlassian | Jira 10/11 check 2026-11-29: not found in SLK/SCR/MST/BSA (11.x), WAT (10.3) or the code/docs corpora; UNCONFIRMED.
package com.atlassian.scheduler;

public interface JobRunnerRequest {
}
