package io.postmortems.core.reminders;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An open countermeasure with a ticket and a due date, as the reminder job found it.
 *
 * @param issueKey         key of the countermeasure's ticket
 * @param summary          what is to be done
 * @param owner            the countermeasure's owner (a Jira user name or key), null when nobody owns it
 * @param dueDate          when it is due
 * @param postMortemKey    key of the post-mortem issue it belongs to
 * @param postMortemOwner  who owns the post-mortem (see the adapter for which Jira field), null when nobody does
 */
public record DueCountermeasure(String issueKey, String summary, String owner, LocalDate dueDate,
                                String postMortemKey, String postMortemOwner) {
    public DueCountermeasure {
        Objects.requireNonNull(issueKey, "issueKey");
        Objects.requireNonNull(dueDate, "dueDate");
    }
}
