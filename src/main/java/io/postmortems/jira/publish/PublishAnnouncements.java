package io.postmortems.jira.publish;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;
import io.postmortems.core.model.PostMortem;
import io.postmortems.core.workflow.Announcements;

/**
 * Announces a published page (declared here, where the worker needs it; implemented by {@link CommentAnnouncer}).
 * Never throws for a failure of Jira: what could not be announced is logged, the page stays published.
 */
public interface PublishAnnouncements {
    /** Nothing is announced; for callers (tests of other concerns) that do not care. */
    PublishAnnouncements NONE = (issue, document, user, pageUrl, due) -> 0;

    /**
     * Announces {@code pageUrl} as {@code user}.
     *
     * @return how many issues were told
     */
    int announce(Issue postMortem, PostMortem document, ApplicationUser user, String pageUrl, Announcements.Due due);
}
