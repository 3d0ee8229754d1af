// Stand-in. Source: atlassian-scheduler-api javadoc https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/config/package-summary.html ("JobId: a wrapper to distinguish job IDs from simple strings"); static JobId.of(String) as called in public Jira apps (cau-se/pubflow-jira-plugin JiraManagerPluginJob); re-check with -Patlassian
package com.atlassian.scheduler.config;

public final class JobId {
    private JobId() {
    }

    public static JobId of(String id) {
        throw new UnsupportedOperationException("stand-in");
    }
}
