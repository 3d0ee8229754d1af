// Stand-in. Jira 11.0 use: atlassian-labs/atlassian-slack-integration-server@94c50dc (jira-api 11.0.0) jira-slack-server-integration/jira-slack-server-integration-plugin/.../slack/web/rest/SlackMessageResource.java implements Issue, incl. ApplicationUser getAssignee() :403, ApplicationUser getReporter() :428, Long getSecurityLevelId() :478, Timestamp getResolutionDate() :625, Timestamp getDueDate() :468, Priority getPriority() :483, Long getParentId() :822, Timestamp getCreated() :615, Collection<ProjectComponent> getComponents() :418. Earlier source: Target (not reachable here): jira-api 11.0 javadoc, https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/issue/Issue.html | Audit (docs corpus): https://docs.atlassian.com/jira/latest/com/atlassian/jira/issue/Issue.html confirms "@PublicApi public interface Issue extends OfBizValueWrapper, IssueContext, WithId, WithKey" (ApplicationUser-based getters); getId, getKey, getSummary, getProjectObject, getIssueType, getStatus, getSecurityLevelId UNCONFIRMED (past the excerpt). | getResolutionDate() returning java.sql.Timestamp: public implementations of this interface override "public Timestamp getResolutionDate()" next to the ApplicationUser-based getters of Jira 7+ (code corpus), UNCONFIRMED for 11.0. | getAssignee() and getReporter() (ApplicationUser) are listed among Issue's getters on the same page family (jira/latest Issue: "ApplicationUser getAssignee()", "ApplicationUser getReporter()") UNCONFIRMED past the excerpt. | getCustomFieldValue(CustomField) returning Object: jira-api source of Issue (code corpus: "@return A custom field's value. Will be a List, User, Timestamp etc, depending on custom field type. Object getCustomFieldValue(CustomField customField);"), UNCONFIRMED for 11.0.
package com.atlassian.jira.issue;

import com.atlassian.jira.bc.project.component.ProjectComponent;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.priority.Priority;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;

import java.sql.Timestamp;
import java.util.Collection;

public interface Issue {
    Long getId();

    String getKey();

    String getSummary();

    Project getProjectObject();

    IssueType getIssueType();

    Status getStatus();

    Long getSecurityLevelId();

    Timestamp getResolutionDate();

    ApplicationUser getAssignee();

    ApplicationUser getReporter();

    Timestamp getDueDate();

    Priority getPriority();

    Long getParentId();

    Timestamp getCreated();

    Collection<ProjectComponent> getComponents();

    Object getCustomFieldValue(CustomField customField);
}
