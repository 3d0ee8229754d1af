package io.postmortems.core.model;

/** Countermeasure priority; names match Jira's default priority scheme. */
public enum Priority {
    HIGHEST, HIGH, MEDIUM, LOW, LOWEST
}
