// Stand-in. Source: jira-api 11.0 javadoc, https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/util/I18nHelper.html
package com.atlassian.jira.util;

public interface I18nHelper {
    String getText(String key);

    String getText(String key, Object parameters);
}
