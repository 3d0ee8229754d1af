package io.postmortems.jira.service;

/**
 * One problem with a request, fit for a user: the field it concerns (dotted path with list indexes, e.g.
 * {@code timeline[2].text}; empty when it concerns the request as a whole) and what is wrong.
 */
public record FieldError(String field, String message) {
    public FieldError {
        field = field == null ? "" : field;
    }
}
