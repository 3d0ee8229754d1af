// Stand-in. Source: jira-api javadoc https://docs.atlassian.com/jira/7.2.6/com/atlassian/jira/web/bean/PagerFilter.html (newest found: "@PublicApi public class PagerFilter<T> implements Serializable", static PagerFilter getUnlimitedFilter() with raw return type confirmed; public constructors exist but are not used here); earlier: jira-api 6.x source (turgaycelik/mysource); 11.0 javadoc https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/web/bean/PagerFilter.html not reachable, re-check with -Patlassian
package com.atlassian.jira.web.bean;

public class PagerFilter<T> {
    public static PagerFilter getUnlimitedFilter() {
        // a plain filter object, as Jira returns one: the journey rig's search double receives it
        return new PagerFilter();
    }
}
