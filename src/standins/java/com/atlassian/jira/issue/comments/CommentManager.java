// Stand-in. Source: jira-api source of com.atlassian.jira.issue.comments.CommentManager (code corpus: "public Comment create(Issue issue, ApplicationUser author, String body, boolean dispatchEvent);", older String-author overloads deprecated since v6.0) and javadoc https://docs.atlassian.com/jira/4.0/com/atlassian/jira/issue/comments/CommentManager.html ("The CommentManager is used to retrieve and create comments in JIRA"); 11.0 javadoc https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/issue/comments/CommentManager.html not reachable, re-check with -Patlassian | Jira 10/11 check 2026-11-29: not found in SLK/SCR/MST/BSA (11.x), WAT (10.3) or the code/docs corpora for create(Issue, ApplicationUser, String, boolean) (SCR 11.3 injects CommentManager, calls getCommentsForUser); UNCONFIRMED. | List<Comment> getComments(Issue): "List<Comment> totalComments = commentManager.getComments(issueManager.getIssueByCurrentKey(...))" in the VK myteam Jira app and "comments = commentManager.getComments(issueToCopy)" in a Jira issue-copy app (code corpus), UNCONFIRMED for 10/11
package com.atlassian.jira.issue.comments;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;

import java.util.List;

public interface CommentManager {
    Comment create(Issue issue, ApplicationUser author, String body, boolean dispatchEvent);

    List<Comment> getComments(Issue issue);
}
