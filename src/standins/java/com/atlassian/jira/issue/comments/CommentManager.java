// Stand-in. Source: jira-api javadoc https://docs.atlassian.com/jira/4.0/com/atlassian/jira/issue/comments/CommentManager.html ("public interface CommentManager", "Comment create(Issue issue, String author, String body, boolean dispatchEvent)"); the ApplicationUser author of Jira 7+ is UNCONFIRMED (the String-author overloads were replaced when crowd User became ApplicationUser in 7.0); 11.0 javadoc not reachable, re-check with -Patlassian
package com.atlassian.jira.issue.comments;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;

public interface CommentManager {
    Comment create(Issue issue, ApplicationUser author, String body, boolean dispatchEvent);
}
