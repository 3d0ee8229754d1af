// Stand-in. Target (not reachable here): jira-api 11.0 javadoc, https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/issue/Issue.html | Audit (docs corpus): https://docs.atlassian.com/jira/latest/com/atlassian/jira/issue/Issue.html confirms "@PublicApi public interface Issue extends OfBizValueWrapper, IssueContext, WithId, WithKey" (ApplicationUser-based getters); getId, getKey, getSummary, getProjectObject, getIssueType, getStatus, getSecurityLevelId UNCONFIRMED (past the excerpt). | getResolutionDate() returning java.sql.Timestamp: public implementations of this interface override "public Timestamp getResolutionDate()" next to the ApplicationUser-based getters of Jira 7+ (code corpus), UNCONFIRMED for 11.0. | getAssignee() and getReporter() (ApplicationUser) are listed among Issue's getters on the same page family (jira/latest Issue: "ApplicationUser getAssignee()", "ApplicationUser getReporter()") UNCONFIRMED past the excerpt. | getCreated() returning java.sql.Timestamp: "final Timestamp created = issue.getCreated();" in Jira apps and Jira source (code corpus); getComponents() returning Collection<ProjectComponent>: "Collection<ProjectComponent> components = issue.getComponents();" in Jira apps (code corpus); both UNCONFIRMED for 10/11
package com.atlassian.jira.issue;

import com.atlassian.jira.bc.project.component.ProjectComponent;
import com.atlassian.jira.issue.issuetype.IssueType;
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

    Timestamp getCreated();

    Collection<ProjectComponent> getComponents();
}
