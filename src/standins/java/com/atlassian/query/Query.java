// Stand-in. Source: jira-api 11.0 javadoc, https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/query/Query.html
package com.atlassian.query;

public interface Query {
}
