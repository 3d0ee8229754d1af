package io.postmortems.core.reminders;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A follow-through that has fallen due, as the reminder job found it: the effectiveness check of a done countermeasure
 * (told to the countermeasure's owner), the revisit of a published post-mortem, or the review meeting of a post-mortem
 * not approved by its review date (both told to the post-mortem's owner).
 * When it falls due is {@link io.postmortems.core.followthrough.FollowThrough}'s rule.
 *
 * @param kind          effectiveness check, revisit or review meeting
 * @param issueKey      the countermeasure's ticket (effectiveness) or the post-mortem's issue (revisit, review)
 * @param summary       the countermeasure's summary or the post-mortem's title
 * @param recipient     who is told (a Jira user name), null when nobody
 * @param dueOn         when it fell due (for a review: the review date)
 * @param postMortemKey the post-mortem it belongs to
 */
public record DueFollowThrough(Kind kind, String issueKey, String summary, String recipient, LocalDate dueOn,
                               String postMortemKey) {
    public enum Kind {
        EFFECTIVENESS, REVISIT,
        /** A post-mortem whose review meeting date has passed and which is not approved yet (issue #13 item 2). */
        REVIEW
    }

    public DueFollowThrough {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(issueKey, "issueKey");
        Objects.requireNonNull(dueOn, "dueOn");
    }
}
