package io.postmortems.core.reminders;

import java.util.List;

/**
 * One message to one recipient.
 *
 * @param overdue  the countermeasures past their due date (for an escalation: past it by the escalation days)
 * @param soonDue  the countermeasures due within the soon-due days (digests only)
 * @param keys     what sending this message uses up; the message goes out only if these were claimed
 */
public record Reminder(ReminderKind kind, String recipient, List<DueCountermeasure> overdue,
                       List<DueCountermeasure> soonDue, List<ReminderKey> keys) {
    public Reminder {
        overdue = List.copyOf(overdue);
        soonDue = List.copyOf(soonDue);
        keys = List.copyOf(keys);
    }

    /** Every countermeasure the message names. */
    public int size() {
        return overdue.size() + soonDue.size();
    }
}
