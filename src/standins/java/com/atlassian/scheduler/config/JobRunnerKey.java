// Stand-in. Source: atlassian-scheduler-api javadoc https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/config/package-summary.html ("JobRunnerKey: a wrapper to distinguish job runner keys from simple strings"); static JobRunnerKey.of(String) as called in public Jira apps (cau-se/pubflow-jira-plugin JiraManagerPluginJob); re-check with -Patlassian | Jira 10/11 check 2026-11-29: not found in SLK/SCR/MST/BSA (11.x), WAT (10.3) or the code/docs corpora; UNCONFIRMED.
package com.atlassian.scheduler.config;

public final class JobRunnerKey {
    private JobRunnerKey() {
    }

    public static JobRunnerKey of(String key) {
        throw new UnsupportedOperationException("stand-in");
    }
}
