// Stand-in. Source: jira-api javadoc https://docs.atlassian.com/jira/4.0/com/atlassian/jira/issue/comments/CommentManager.html (Comment is the type CommentManager.create returns); no member is used here; 11.0 javadoc https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/issue/comments/Comment.html not reachable, re-check with -Patlassian | Jira 11.3: type in SCR .../action/ScrumPokerAction.java:133 (List<Comment>). | getBody() (String), getCreated() (java.util.Date) and getAuthorApplicationUser() (ApplicationUser): "this.body = comment.getBody(); this.created = comment.getCreated(); ... comment.getAuthorApplicationUser()" in Jira apps and Jira's own comment indexer (code corpus), UNCONFIRMED for 10/11; 11.0 javadoc https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/issue/comments/Comment.html not reachable
package com.atlassian.jira.issue.comments;

import com.atlassian.jira.user.ApplicationUser;

import java.util.Date;

public interface Comment {
    String getBody();

    Date getCreated();

    ApplicationUser getAuthorApplicationUser();
}
