// Stand-in. Source: jira-api, com/atlassian/jira/security/JiraAuthenticationContext.java (ApplicationUser getLoggedInUser(); void setLoggedInUser(ApplicationUser user)). Jira 11 javadoc: https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/security/JiraAuthenticationContext.html (not reachable here) | Audit (docs corpus): DAC javadoc https://docs.atlassian.com/DAC/javadoc/jira/reference/com/atlassian/jira/security/JiraAuthenticationContext.html (6.x era, @PublicApi interface) confirms I18nHelper getI18nHelper(); getLoggedInUser()/setLoggedInUser(ApplicationUser) UNCONFIRMED in 7.x+ pages.
package com.atlassian.jira.security;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.I18nHelper;

public interface JiraAuthenticationContext {
    ApplicationUser getLoggedInUser();

    void setLoggedInUser(ApplicationUser user);

    I18nHelper getI18nHelper();
}
