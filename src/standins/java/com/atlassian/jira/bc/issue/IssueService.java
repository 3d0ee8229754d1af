// Stand-in. Source: jira-api javadoc https://docs.atlassian.com/jira/latest/com/atlassian/jira/bc/issue/ (latest Server javadoc, (c) 2002-2017; "jira/server" pages are the same generation): IssueService.IssueValidationResult.html ("@PublicApi public abstract static class ... extends ServiceResultImpl", @Internal public ctor (MutableIssue, ErrorCollection), MutableIssue getIssue()), IssueService.UpdateValidationResult.html (static class extends IssueValidationResult, @Internal ctor (MutableIssue, ErrorCollection, Map<String,Object>); validateUpdate(ApplicationUser, Long, IssueInputParameters)), IssueService.IssueResult.html (static class extends IssueValidationResult, not ServiceResultImpl directly; @Internal ctors (MutableIssue) and (MutableIssue, ErrorCollection); cites getIssue(ApplicationUser, String), create(ApplicationUser, CreateValidationResult), update(ApplicationUser, UpdateValidationResult)); also jira-software 10.6/11.3 javadoc (IssueUpdateService delegates to validateUpdate / update with ApplicationUser). UNCONFIRMED beyond jira-api 6.x source (turgaycelik/mysource; User became ApplicationUser in 7.0): newIssueInputParameters(), validateCreate, validateSubTaskCreate, isEditable, and the CreateValidationResult ctor; 11.0 javadoc https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/bc/issue/IssueService.html not reachable, re-check with -Patlassian
package com.atlassian.jira.bc.issue;

import com.atlassian.jira.bc.ServiceResultImpl;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.ErrorCollection;

import java.util.Map;

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

    abstract class IssueValidationResult extends ServiceResultImpl {
        public IssueValidationResult(MutableIssue issue, ErrorCollection errors) {
            super(errors);
        }

        public MutableIssue getIssue() {
            throw new UnsupportedOperationException("stand-in");
        }
    }

    class CreateValidationResult extends IssueValidationResult {
        public CreateValidationResult(MutableIssue issue, ErrorCollection errors, Map<String, Object> fieldValuesHolder) {
            super(issue, errors);
        }
    }

    class UpdateValidationResult extends IssueValidationResult {
        public UpdateValidationResult(MutableIssue issue, ErrorCollection errors, Map<String, Object> fieldValuesHolder) {
            super(issue, errors);
        }
    }

    class IssueResult extends IssueValidationResult {
        public IssueResult(MutableIssue issue) {
            super(issue, null);
        }

        public IssueResult(MutableIssue issue, ErrorCollection errors) {
            super(issue, errors);
        }
    }
}
