// Stand-in. Source: jira-api javadoc https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/link/IssueLinkTypeManager.html (latest Server javadoc, (c) 2002-2017: "@PublicApi public interface IssueLinkTypeManager", void createIssueLinkType(String name, String outward, String inward, String style) and Collection<IssueLinkType> getIssueLinkTypesByName(String name) confirmed); earlier: jira-api 6.x source (turgaycelik/mysource); 11.0 javadoc https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/issue/link/IssueLinkTypeManager.html not reachable, re-check with -Patlassian
package com.atlassian.jira.issue.link;

import java.util.Collection;

public interface IssueLinkTypeManager {
    void createIssueLinkType(String name, String outward, String inward, String style);

    Collection<IssueLinkType> getIssueLinkTypesByName(String name);
}
