package io.postmortems.core.model;

/** What a countermeasure is for. */
public enum CountermeasureKind {
    PREVENT, DETECT, MITIGATE, PROCESS
}
