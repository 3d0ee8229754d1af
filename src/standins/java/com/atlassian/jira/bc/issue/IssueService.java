// Stand-in. Source: jira-api 11.0 javadoc, https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/bc/issue/IssueService.html; getIssue, isEditable, validateUpdate, update and UpdateValidationResult checked in jira-api source (public mirror turgaycelik/mysource, Jira 6.x: same names and parameters, crowd User became ApplicationUser in 7.0) and in jira-software 10.6/11.3 javadoc (IssueUpdateService delegates to validateUpdate(ApplicationUser, Long, IssueInputParameters) / update(ApplicationUser, UpdateValidationResult)); the real UpdateValidationResult has only an @Internal public constructor (MutableIssue, ErrorCollection, Map), not reproduced here: tests mock it; 11.0 sources not reachable, re-check with -Patlassian
package com.atlassian.jira.bc.issue;

import com.atlassian.jira.bc.ServiceResultImpl;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.user.ApplicationUser;

public interface IssueService {
    IssueInputParameters newIssueInputParameters();

    CreateValidationResult validateCreate(ApplicationUser user, IssueInputParameters issueInputParameters);

    CreateValidationResult validateSubTaskCreate(ApplicationUser user, Long parentId,
                                                 IssueInputParameters issueInputParameters);

    IssueResult create(ApplicationUser user, CreateValidationResult createValidationResult);

    IssueResult getIssue(ApplicationUser user, String issueKey);

    boolean isEditable(Issue issue, ApplicationUser user);

    UpdateValidationResult validateUpdate(ApplicationUser user, Long issueId,
                                          IssueInputParameters issueInputParameters);

    IssueResult update(ApplicationUser user, UpdateValidationResult updateValidationResult);

    class IssueValidationResult extends ServiceResultImpl {
        public MutableIssue getIssue() {
            throw new UnsupportedOperationException("stand-in");
        }
    }

    class CreateValidationResult extends IssueValidationResult {
    }

    class UpdateValidationResult extends IssueValidationResult {
    }

    class IssueResult extends ServiceResultImpl {
        public MutableIssue getIssue() {
            throw new UnsupportedOperationException("stand-in");
        }
    }
}
