// Stand-in. Source: jira-api javadoc https://docs.atlassian.com/jira/latest/com/atlassian/jira/util/I18nHelper.html (latest Server javadoc, (c) 2002-2017: "@PublicApi @InjectableComponent public interface I18nHelper") and https://docs.atlassian.com/jira/server/com/atlassian/jira/mock/i18n/MockI18nHelper.html (implements I18nHelper: String getText(String key), String getText(String key, Object parameters)); earlier: jira-api 6.x source (turgaycelik/mysource); 11.0 javadoc https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/util/I18nHelper.html not reachable, re-check with -Patlassian; BeanFactory.getInstance(ApplicationUser): jira-api source com/atlassian/jira/util/NoopI18nFactory.java ("public class NoopI18nFactory implements I18nHelper.BeanFactory", "@Override public I18nHelper getInstance(ApplicationUser user)", post-6.0), found with the code search
package com.atlassian.jira.util;

import com.atlassian.jira.user.ApplicationUser;

public interface I18nHelper {
    String getText(String key);

    String getText(String key, Object parameters);

    interface BeanFactory {
        I18nHelper getInstance(ApplicationUser user);
    }
}
