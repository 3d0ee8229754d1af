// Stand-in. Source: jira-api 11.0 javadoc, https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/jql/builder/JqlQueryBuilder.html
package com.atlassian.jira.jql.builder;

public class JqlQueryBuilder {
    public static JqlQueryBuilder newBuilder() {
        throw new UnsupportedOperationException("stand-in");
    }

    public JqlClauseBuilder where() {
        throw new UnsupportedOperationException("stand-in");
    }
}
