package io.postmortems.core.model;

/**
 * Progress of a countermeasure as recorded in the document by its authors. Nothing copies it from the Jira ticket:
 * where the ticket's state is known (the panel), the ticket wins; see {@link CountermeasureProgress}.
 */
public enum CountermeasureStatus {
    OPEN, IN_PROGRESS, DONE, WONT_DO;

    /** Done or deliberately not done: no work is pending. */
    public boolean isFinished() {
        return this == DONE || this == WONT_DO;
    }
}
