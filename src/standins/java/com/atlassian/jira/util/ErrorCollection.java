// Stand-in. Source: jira-api javadoc https://docs.atlassian.com/jira/7.3.1/com/atlassian/jira/util/ErrorCollection.html (newest found; "@PublicApi public interface ErrorCollection", Map<String,String> getErrors() and Collection<String> getErrorMessages() confirmed); earlier: jira-api 6.x source (turgaycelik/mysource); 11.0 javadoc https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/util/ErrorCollection.html not reachable, re-check with -Patlassian
package com.atlassian.jira.util;

import java.util.Collection;
import java.util.Map;

public interface ErrorCollection {
    Map<String, String> getErrors();

    Collection<String> getErrorMessages();
}
