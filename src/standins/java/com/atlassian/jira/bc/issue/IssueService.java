// Stand-in. Source: jira-api 11.0 javadoc, https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/bc/issue/IssueService.html
package com.atlassian.jira.bc.issue;

import com.atlassian.jira.bc.ServiceResultImpl;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.user.ApplicationUser;

public interface IssueService {
    IssueInputParameters newIssueInputParameters();

    CreateValidationResult validateCreate(ApplicationUser user, IssueInputParameters issueInputParameters);

    CreateValidationResult validateSubTaskCreate(ApplicationUser user, Long parentId,
                                                 IssueInputParameters issueInputParameters);

    IssueResult create(ApplicationUser user, CreateValidationResult createValidationResult);

    class IssueValidationResult extends ServiceResultImpl {
        public MutableIssue getIssue() {
            throw new UnsupportedOperationException("stand-in");
        }
    }

    class CreateValidationResult extends IssueValidationResult {
    }

    class IssueResult extends ServiceResultImpl {
        public MutableIssue getIssue() {
            throw new UnsupportedOperationException("stand-in");
        }
    }
}
