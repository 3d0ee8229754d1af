// Stand-in. Jira 11.0 use: JqlQueryBuilder.newBuilder().where() in atlassian-labs/atlassian-slack-integration-server@94c50dc (jira-api 11.0.0) jira-slack-server-integration/jira-slack-server-integration-plugin/.../slack/service/issuefilter/impl/JqlIssueFilter.java:86-87. Earlier source: Source: jira-api javadoc https://docs.atlassian.com/jira/latest/com/atlassian/jira/jql/builder/JqlQueryBuilder.html (latest Server javadoc, (c) 2002-2017: "@NotThreadSafe public class JqlQueryBuilder", static JqlQueryBuilder newBuilder() confirmed); JqlClauseBuilder where() UNCONFIRMED there (past the excerpt), seen on jira-software 11.1 EmptyQueryAwareJqlBuilder only as a same-named method; 11.0 javadoc https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/jql/builder/JqlQueryBuilder.html not reachable, re-check with -Patlassian
package com.atlassian.jira.jql.builder;

public class JqlQueryBuilder {
    public static JqlQueryBuilder newBuilder() {
        throw new UnsupportedOperationException("stand-in");
    }

    public JqlClauseBuilder where() {
        throw new UnsupportedOperationException("stand-in");
    }
}
