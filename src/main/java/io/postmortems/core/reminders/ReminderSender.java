package io.postmortems.core.reminders;

/** Hands a reminder to whatever delivers it (the Jira adapter: Jira's mail queue, or a comment on the ticket). */
public interface ReminderSender {
    /** True when the message was handed over; false when it could not be (its claims are then released). */
    boolean send(Reminder reminder);
}
