package io.postmortems.core.reminders;

/**
 * The shared record of reminders sent, so that no reminder goes out twice across runs, nodes and restarts.
 * {@link #claim} must be atomic across every node (the Jira adapter inserts a row under a unique key).
 */
public interface ReminderLedger {
    /** Records the key; true when this caller is the first to claim it, false when it was claimed before. */
    boolean claim(ReminderKey key);

    /** Forgets a claim whose message could not be handed over, so a later run tries again. */
    void release(ReminderKey key);
}
