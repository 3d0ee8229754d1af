package io.postmortems.core.model;

/** What a timeline entry records. */
public enum EventKind {
    OBSERVATION, ACTION, DECISION, COMMUNICATION
}
