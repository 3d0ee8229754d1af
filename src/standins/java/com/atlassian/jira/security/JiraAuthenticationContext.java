// Stand-in. Source: jira-api, com/atlassian/jira/security/JiraAuthenticationContext.java (ApplicationUser getLoggedInUser(); void setLoggedInUser(ApplicationUser user)). Jira 11 javadoc: https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/security/JiraAuthenticationContext.html (not reachable here)
package com.atlassian.jira.security;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.I18nHelper;

public interface JiraAuthenticationContext {
    ApplicationUser getLoggedInUser();

    void setLoggedInUser(ApplicationUser user);

    I18nHelper getI18nHelper();
}
