// Stand-in. Source: atlassian-scheduler-api javadoc https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/config/package-summary.html ("JobRunnerKey: a wrapper to distinguish job runner keys from simple strings"); static JobRunnerKey.of(String) as called in public Jira apps (cau-se/pubflow-jira-plugin JiraManagerPluginJob); re-check with -Patlassian
package com.atlassian.scheduler.config;

public final class JobRunnerKey {
    private JobRunnerKey() {
    }

    public static JobRunnerKey of(String key) {
        throw new UnsupportedOperationException("stand-in");
    }
}
