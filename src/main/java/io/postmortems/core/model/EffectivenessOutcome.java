package io.postmortems.core.model;

/** Whether a done countermeasure did what it was meant to, as its effectiveness check found. */
public enum EffectivenessOutcome {
    EFFECTIVE, NOT_EFFECTIVE, NOT_VERIFIABLE
}
