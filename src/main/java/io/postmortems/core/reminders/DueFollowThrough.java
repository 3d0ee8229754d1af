package io.postmortems.core.reminders;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A follow-through that has fallen due, as the reminder job found it: the effectiveness check of a done countermeasure
 * (told to the countermeasure's owner) or the revisit of a published post-mortem (told to the post-mortem's owner).
 * When it falls due is {@link io.postmortems.core.followthrough.FollowThrough}'s rule.
 *
 * @param kind          effectiveness check or revisit
 * @param issueKey      the countermeasure's ticket (effectiveness) or the post-mortem's issue (revisit)
 * @param summary       the countermeasure's summary or the post-mortem's title
 * @param recipient     who is told (a Jira user name), null when nobody
 * @param dueOn         when it fell due
 * @param postMortemKey the post-mortem it belongs to
 */
public record DueFollowThrough(Kind kind, String issueKey, String summary, String recipient, LocalDate dueOn,
                               String postMortemKey) {
    public enum Kind {
        EFFECTIVENESS, REVISIT
    }

    public DueFollowThrough {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(issueKey, "issueKey");
        Objects.requireNonNull(dueOn, "dueOn");
    }
}
