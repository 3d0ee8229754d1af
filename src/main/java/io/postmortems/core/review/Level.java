package io.postmortems.core.review;

/** How much a finding matters: only {@link #ERROR} blocks publishing. */
public enum Level {
    ERROR, WARNING, HINT
}
