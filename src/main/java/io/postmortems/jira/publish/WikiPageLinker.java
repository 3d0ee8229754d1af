package io.postmortems.jira.publish;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;

/** Adds or updates the issue's remote link titled "Wiki Page" that points at its published page. */
public interface WikiPageLinker {
    String TITLE = "Wiki Page";

    /**
     * @throws IllegalStateException when Jira refuses the link; the message names the cause
     */
    void link(Issue issue, ApplicationUser user, String pageUrl, String pageId);
}
