// Stand-in. Source: atlassian-scheduler javadoc https://docs.atlassian.com/atlassian-scheduler/2.0.0/apidocs/com/atlassian/scheduler/JobRunner.html (names JobRunnerResponse.failed(String) and JobRunnerResponse.success(); success(String) UNCONFIRMED there, seen in public Jira apps' job runners); re-check with -Patlassian | Jira 10/11 check 2026-11-29: not found in SLK/SCR/MST/BSA (11.x), WAT (10.3) or the code/docs corpora; UNCONFIRMED.
package com.atlassian.scheduler;

public final class JobRunnerResponse {
    private JobRunnerResponse() {
    }

    public static JobRunnerResponse success(String message) {
        throw new UnsupportedOperationException("stand-in");
    }

    public static JobRunnerResponse failed(String message) {
        throw new UnsupportedOperationException("stand-in");
    }
}
