// Stand-in. Target (not reachable here): jira-api 11.0 javadoc, https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/query/Query.html | Audit (docs corpus): com.atlassian.query.Query appears in jira-software 9.12.10/10.6.0/11.1 javadoc signatures (e.g. JqlQueryBuilder buildQuery() returns Query on https://docs.atlassian.com/jira/latest/com/atlassian/jira/jql/builder/JqlQueryBuilder.html); no member is called.
package com.atlassian.query;

public interface Query {
}
