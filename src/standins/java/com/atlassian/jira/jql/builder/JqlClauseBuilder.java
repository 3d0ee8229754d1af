// Stand-in. Source: jira-api javadoc https://docs.atlassian.com/jira/4.4.4/com/atlassian/jira/jql/builder/JqlClauseBuilder.html ("@NotThreadSafe public interface JqlClauseBuilder"; newest page found) and https://docs.atlassian.com/jira/server/com/atlassian/jira/jql/builder/JqlClauseBuilderFactory.html (JqlClauseBuilder still exists in the latest Server javadoc); members issue(String...) and Query buildQuery() UNCONFIRMED in any 7.x+ page; 11.0 javadoc https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/jql/builder/JqlClauseBuilder.html not reachable, re-check with -Patlassian
package com.atlassian.jira.jql.builder;

import com.atlassian.query.Query;

public interface JqlClauseBuilder {
    JqlClauseBuilder issue(String... keys);

    Query buildQuery();
}
