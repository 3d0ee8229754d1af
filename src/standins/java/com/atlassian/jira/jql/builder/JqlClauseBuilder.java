// Stand-in. Jira 11.0 use: buildQuery() in atlassian-labs/atlassian-slack-integration-server@94c50dc (jira-api 11.0.0) jira-slack-server-integration/jira-slack-server-integration-plugin/.../slack/service/issuefilter/impl/JqlIssueFilter.java:91; issue(String...) found only in jira-api 6.3 source (Jira 10/11 check 2026-11-29: not found in SLK/SCR/MST/BSA (11.x), WAT (10.3) or the code/docs corpora; 11.0 code uses the no-arg issue().eq(String) for one key, no 11 use of a multi-key form seen). Earlier source: Source: jira-api javadoc https://docs.atlassian.com/jira/4.4.4/com/atlassian/jira/jql/builder/JqlClauseBuilder.html ("@NotThreadSafe public interface JqlClauseBuilder"; newest page found) and https://docs.atlassian.com/jira/server/com/atlassian/jira/jql/builder/JqlClauseBuilderFactory.html (JqlClauseBuilder still exists in the latest Server javadoc); members issue(String...) and Query buildQuery() UNCONFIRMED in any 7.x+ page; 11.0 javadoc https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/jql/builder/JqlClauseBuilder.html not reachable, re-check with -Patlassian
package com.atlassian.jira.jql.builder;

import com.atlassian.query.Query;

public interface JqlClauseBuilder {
    JqlClauseBuilder issue(String... keys);

    Query buildQuery();
}
