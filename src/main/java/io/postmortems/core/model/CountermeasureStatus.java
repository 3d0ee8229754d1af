package io.postmortems.core.model;

/** Progress of a countermeasure, mirrored from its Jira ticket once one exists. */
public enum CountermeasureStatus {
    OPEN, IN_PROGRESS, DONE, WONT_DO;

    public boolean isFinished() {
        return this == DONE || this == WONT_DO;
    }
}
