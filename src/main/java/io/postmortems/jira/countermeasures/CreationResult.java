package io.postmortems.jira.countermeasures;

import io.postmortems.jira.service.FieldError;

import java.util.List;

/**
 * What happened to one countermeasure in a batch.
 *
 * @param countermeasureId the countermeasure's stable id
 * @param outcome          see {@link Outcome}
 * @param issueKey         its ticket, when one exists
 * @param errors           why it failed (field names of the document, e.g. {@code countermeasures[2].owner})
 */
public record CreationResult(String countermeasureId, Outcome outcome, String issueKey, List<FieldError> errors) {
    public CreationResult {
        errors = List.copyOf(errors);
    }

    public enum Outcome {
        /** A ticket was created and recorded in the document. */
        CREATED,
        /** It already had a ticket; nothing was done. */
        ALREADY_CREATED,
        /** The ticket exists and is recorded, but linking it to the post-mortem failed; link it by hand. */
        CREATED_NOT_LINKED,
        /** No ticket was created; fix the errors and retry. */
        FAILED
    }
}
