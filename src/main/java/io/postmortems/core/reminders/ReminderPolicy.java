package io.postmortems.core.reminders;

/**
 * When reminders go out.
 *
 * @param soonDueDays    a countermeasure due within this many days from today (0 = only today) is in the digest
 * @param escalationDays once a countermeasure is overdue by this many days, the post-mortem's owner and the lead are
 *                       told (once per due date)
 * @param lead           the configured lead (user name or key) told of every escalation; null for none
 */
public record ReminderPolicy(int soonDueDays, int escalationDays, String lead) {
    public ReminderPolicy {
        if (soonDueDays < 0) {
            throw new IllegalArgumentException("soon-due days must not be negative, was " + soonDueDays);
        }
        if (escalationDays < 1) {
            throw new IllegalArgumentException("escalation days must be at least 1, was " + escalationDays);
        }
        lead = lead == null || lead.isBlank() ? null : lead.strip();
    }
}
