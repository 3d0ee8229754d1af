package io.postmortems.core.model;

/** Life cycle of a post-mortem write-up. */
public enum Status {
    DRAFT, IN_REVIEW, APPROVED, PUBLISHED
}
