// Stand-in. Source: jira-api 11.0 javadoc, https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/jql/builder/JqlClauseBuilder.html
package com.atlassian.jira.jql.builder;

import com.atlassian.query.Query;

public interface JqlClauseBuilder {
    JqlClauseBuilder issue(String... keys);

    Query buildQuery();
}
