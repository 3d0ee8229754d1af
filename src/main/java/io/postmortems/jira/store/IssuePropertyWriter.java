package io.postmortems.jira.store;

/** Writes a JSON issue property (the JQL mirror). Kept apart so the store is testable without Jira. */
public interface IssuePropertyWriter {
    /**
     * Sets the property on the issue, replacing any value.
     *
     * @throws IllegalStateException when Jira rejects the value; the message names the cause
     */
    void write(long issueId, String key, String json);
}
