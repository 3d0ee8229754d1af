// Stand-in. Source: jira-api javadoc https://docs.atlassian.com/jira/4.0/com/atlassian/jira/issue/comments/CommentManager.html (return type of CommentManager.create, com.atlassian.jira.issue.comments.Comment); no member is called here; re-check with -Patlassian
package com.atlassian.jira.issue.comments;

public interface Comment {
}
