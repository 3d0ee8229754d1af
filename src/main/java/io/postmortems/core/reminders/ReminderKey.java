package io.postmortems.core.reminders;

import java.util.Objects;

/**
 * What may be sent only once: one kind of reminder to one recipient about one countermeasure (or, for a digest,
 * {@link #ALL} of them) in one period. Claimed in a shared store before the message is sent.
 *
 * @param countermeasureIssueKey the countermeasure's ticket, or {@link #ALL} for a digest
 * @param periodKey              the period in which it may be sent once, e.g. {@code day:2026-03-01} or
 *                               {@code due:2026-02-01}
 */
public record ReminderKey(ReminderKind kind, String recipient, String countermeasureIssueKey, String periodKey) {
    /** The countermeasure key of a digest, which covers all of the owner's countermeasures. */
    public static final String ALL = "*";

    public ReminderKey {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(countermeasureIssueKey, "countermeasureIssueKey");
        Objects.requireNonNull(periodKey, "periodKey");
    }
}
