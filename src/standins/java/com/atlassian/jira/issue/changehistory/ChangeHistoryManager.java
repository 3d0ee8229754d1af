// Stand-in. Source (code corpus): List<ChangeItemBean> getChangeItemsForField(Issue, String) called as "changeHistoryManager.getChangeItemsForField(issue, \"status\")" returning List<ChangeItemBean> in several Jira apps (e.g. a REST resource iterating "for (ChangeItemBean changeItemBean : statusChHistory)", Jira's own getRecentAssigneeNamesForIssue); javadoc https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/issue/changehistory/ChangeHistoryManager.html not reachable: Jira 10/11 signature UNCONFIRMED (searched find_string "getChangeItemsForField(" without a jira-api 10/11 pom next to it)
package com.atlassian.jira.issue.changehistory;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.history.ChangeItemBean;

import java.util.List;

public interface ChangeHistoryManager {
    List<ChangeItemBean> getChangeItemsForField(Issue issue, String changeItemFieldName);
}
