package io.postmortems.jira.service;

import com.atlassian.jira.issue.Issue;
import io.postmortems.jira.provisioning.Provisioning;

/** Which issues carry a post-mortem: those of the app's "Post-mortem" issue type (provisioned by the app). */
public final class PostMortemIssues {
    private PostMortemIssues() {
    }

    public static boolean isPostMortem(Issue issue) {
        return issue != null && Provisioning.isPostMortemType(issue.getIssueType());
    }
}
