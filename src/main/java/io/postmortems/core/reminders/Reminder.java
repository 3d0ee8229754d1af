package io.postmortems.core.reminders;

import java.util.List;

/**
 * One message to one recipient.
 *
 * @param overdue  the countermeasures past their due date (for an escalation: past it by the escalation days)
 * @param soonDue  the countermeasures due within the soon-due days (digests only)
 * @param keys     what sending this message uses up; the message goes out only if these were claimed
 * @param followThrough effectiveness checks and revisits due (digests only)
 */
public record Reminder(ReminderKind kind, String recipient, List<DueCountermeasure> overdue,
                       List<DueCountermeasure> soonDue, List<ReminderKey> keys, List<DueFollowThrough> followThrough) {
    public Reminder {
        overdue = List.copyOf(overdue);
        soonDue = List.copyOf(soonDue);
        keys = List.copyOf(keys);
        followThrough = followThrough == null ? List.of() : List.copyOf(followThrough);
    }

    /** Without follow-through (escalations, and digests of countermeasures only). */
    public Reminder(ReminderKind kind, String recipient, List<DueCountermeasure> overdue,
                    List<DueCountermeasure> soonDue, List<ReminderKey> keys) {
        this(kind, recipient, overdue, soonDue, keys, List.of());
    }

    /** Every countermeasure and follow-through the message names. */
    public int size() {
        return overdue.size() + soonDue.size() + followThrough.size();
    }
}
