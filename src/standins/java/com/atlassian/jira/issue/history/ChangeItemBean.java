// Stand-in. Source (code corpus): java.sql.Timestamp getCreated() ("new Date(changeItemBean.getCreated().getTime())"), String getFromString() and String getToString() ("it.getFromString().equals(\"QA\") ... it.getToString().equals(\"TS Ordered\")") on the beans ChangeHistoryManager.getChangeItemsForField returns, in Jira apps; a public class in jira-api (constructed as "new ChangeItemBean(ChangeItemBean.STATIC_FIELD, ...)"), not reproduced; Jira 10/11 UNCONFIRMED (11.0 javadoc not reachable)
package com.atlassian.jira.issue.history;

import java.sql.Timestamp;

public class ChangeItemBean {
    protected ChangeItemBean() {
    }

    public Timestamp getCreated() {
        throw new UnsupportedOperationException("stand-in");
    }

    public String getFromString() {
        throw new UnsupportedOperationException("stand-in");
    }

    public String getToString() {
        throw new UnsupportedOperationException("stand-in");
    }
}
