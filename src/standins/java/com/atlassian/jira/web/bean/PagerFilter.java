// Stand-in. Source: jira-api 11.0 javadoc, https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/web/bean/PagerFilter.html
package com.atlassian.jira.web.bean;

public class PagerFilter<T> {
    public static PagerFilter getUnlimitedFilter() {
        throw new UnsupportedOperationException("stand-in");
    }
}
