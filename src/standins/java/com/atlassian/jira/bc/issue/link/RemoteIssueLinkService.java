// Stand-in. Source: jira-api, com/atlassian/jira/bc/issue/link/RemoteIssueLinkService.java (@PublicApi since 5.0; ApplicationUser overloads since 6.1, the crowd User ones since removed; result classes extend ServiceResultImpl and have package-private constructors); only members called here | Audit (docs corpus): https://docs.atlassian.com/jira/latest/com/atlassian/jira/bc/issue/link/RemoteIssueLinkService.UpdateValidationResult.html confirms "@PublicApi public static class UpdateValidationResult extends RemoteIssueLinkResult" with getRemoteIssueLink(); https://docs.atlassian.com/jira/7.0.8/com/atlassian/jira/bc/issue/link/DefaultRemoteIssueLinkService.html confirms RemoteIssueLinkResult create(ApplicationUser, CreateValidationResult); getRemoteIssueLinkByGlobalId, validateCreate, validateUpdate, update UNCONFIRMED in 7.x+ pages.
package com.atlassian.jira.bc.issue.link;

import com.atlassian.jira.bc.ServiceResultImpl;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.link.RemoteIssueLink;
import com.atlassian.jira.user.ApplicationUser;

public interface RemoteIssueLinkService {
    RemoteIssueLinkResult getRemoteIssueLinkByGlobalId(ApplicationUser user, Issue issue, String globalId);

    CreateValidationResult validateCreate(ApplicationUser user, RemoteIssueLink remoteIssueLink);

    RemoteIssueLinkResult create(ApplicationUser user, CreateValidationResult createValidationResult);

    UpdateValidationResult validateUpdate(ApplicationUser user, RemoteIssueLink remoteIssueLink);

    RemoteIssueLinkResult update(ApplicationUser user, UpdateValidationResult updateValidationResult);

    class RemoteIssueLinkResult extends ServiceResultImpl {
        private final RemoteIssueLink remoteIssueLink;

        RemoteIssueLinkResult(RemoteIssueLink remoteIssueLink) {
            super(null);
            this.remoteIssueLink = remoteIssueLink;
        }

        public RemoteIssueLink getRemoteIssueLink() {
            return remoteIssueLink;
        }
    }

    class CreateValidationResult extends RemoteIssueLinkResult {
        CreateValidationResult(RemoteIssueLink remoteIssueLink) {
            super(remoteIssueLink);
        }
    }

    class UpdateValidationResult extends RemoteIssueLinkResult {
        UpdateValidationResult(RemoteIssueLink remoteIssueLink) {
            super(remoteIssueLink);
        }
    }
}
