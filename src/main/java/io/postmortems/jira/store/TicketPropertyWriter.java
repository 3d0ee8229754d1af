package io.postmortems.jira.store;

/** Writes a JSON issue property of a ticket named by its key. Kept apart so the store is testable without Jira. */
public interface TicketPropertyWriter {
    /**
     * Sets the property on the ticket, replacing any value; false when there is no such ticket (deleted).
     *
     * @throws IllegalStateException when Jira rejects the value; the message names the cause
     */
    boolean write(String issueKey, String key, String json);

    /** Writes nothing: for wiring without Jira tickets. */
    static TicketPropertyWriter none() {
        return (issueKey, key, json) -> false;
    }
}
