package io.postmortems.jira.service;

import com.atlassian.jira.issue.Issue;

/** Which issues carry a post-mortem: those of the app's "Post-mortem" issue type (provisioned by the app). */
public final class PostMortemIssues {
    /** Name of the issue type the app provisions. */
    public static final String ISSUE_TYPE_NAME = "Post-mortem";

    private PostMortemIssues() {
    }

    public static boolean isPostMortem(Issue issue) {
        return issue != null && issue.getIssueType() != null
                && ISSUE_TYPE_NAME.equalsIgnoreCase(issue.getIssueType().getName());
    }
}
