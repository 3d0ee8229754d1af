// Stand-in. Source: jira-api 11.0 javadoc, https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/util/I18nHelper.html; members checked in jira-api source (jira-project/jira-components/jira-api, public mirror turgaycelik/mysource; Jira 6.x source: member names, parameters, static/instance and checked exceptions match; crowd User became ApplicationUser in 7.0; the 11.0 sources themselves were not reachable here, re-check with -Patlassian)
package com.atlassian.jira.util;

public interface I18nHelper {
    String getText(String key);

    String getText(String key, Object parameters);
}
