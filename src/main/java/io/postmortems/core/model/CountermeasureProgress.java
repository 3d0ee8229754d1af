package io.postmortems.core.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The one rule for when a countermeasure counts as done and when as overdue, used by the review rules, the panel
 * and the issue property JQL reads.
 *
 * <p>Done: when the state of its Jira ticket is known, the ticket's status is in Jira's Done category; otherwise
 * the status recorded in the document is {@link CountermeasureStatus#DONE} or {@link CountermeasureStatus#WONT_DO}.
 * Overdue: it has a due date before today and is not done.
 */
public final class CountermeasureProgress {
    private CountermeasureProgress() {
    }

    /** Done by the status recorded in the document alone (no ticket state at hand). */
    public static boolean isDone(Countermeasure cm) {
        return isDone(cm, Optional.empty());
    }

    /**
     * @param ticketDone whether its ticket's status is in the Done category, empty when no ticket or its state is
     *                   unknown to this caller
     */
    public static boolean isDone(Countermeasure cm, Optional<Boolean> ticketDone) {
        if (ticketDone.isPresent()) {
            return ticketDone.get();
        }
        return cm.getStatus() != null && cm.getStatus().isFinished();
    }

    /** @param done the result of {@link #isDone} for the same countermeasure */
    public static boolean isOverdue(Countermeasure cm, LocalDate today, boolean done) {
        return !done && cm.getDueDate() != null && cm.getDueDate().isBefore(today);
    }
}
