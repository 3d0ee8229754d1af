package io.postmortems.core.model;

/**
 * Progress of a countermeasure as recorded in the document. For a countermeasure with a Jira ticket the Jira adapter
 * records the ticket's status category here (when the ticket changes, on panel load, on save and before publishing);
 * where the ticket's live state is known (the panel), the ticket wins; see {@link CountermeasureProgress}.
 */
public enum CountermeasureStatus {
    OPEN, IN_PROGRESS, DONE, WONT_DO;

    /** Done or deliberately not done: no work is pending. */
    public boolean isFinished() {
        return this == DONE || this == WONT_DO;
    }
}
