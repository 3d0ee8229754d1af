package io.postmortems.core.reminders;

/** What a reminder is: the owner's daily digest, or the escalation of a long-overdue countermeasure. */
public enum ReminderKind {
    /** To a countermeasure owner: their overdue and soon-due countermeasures, one message a period. */
    DIGEST,
    /** To the post-mortem's owner and the configured lead: countermeasures overdue by the escalation days. */
    ESCALATION
}
