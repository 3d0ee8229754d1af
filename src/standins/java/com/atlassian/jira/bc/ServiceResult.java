// Stand-in. Source: jira-api javadoc https://docs.atlassian.com/jira/latest/com/atlassian/jira/bc/ServiceResult.html (latest Server javadoc, (c) 2002-2017): "@PublicApi public interface ServiceResult", boolean isValid() and ErrorCollection getErrorCollection() confirmed (getWarningCollection() and default hasWarnings() exist, not used here); earlier: jira-api 6.x source (turgaycelik/mysource); 11.0 javadoc https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/bc/ServiceResult.html not reachable, re-check with -Patlassian
package com.atlassian.jira.bc;

import com.atlassian.jira.util.ErrorCollection;

public interface ServiceResult {
    boolean isValid();

    ErrorCollection getErrorCollection();
}
