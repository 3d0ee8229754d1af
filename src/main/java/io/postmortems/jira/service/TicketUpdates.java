package io.postmortems.jira.service;

import com.atlassian.jira.user.ApplicationUser;
import io.postmortems.core.model.Countermeasure;
import io.postmortems.core.model.PostMortem;

import java.util.List;

/**
 * Keeps the Jira tickets of countermeasures in step with a document edit. Implemented in the countermeasures package
 * (which knows how tickets are made); declared here so this package can call it without depending on that one.
 *
 * <p>Two steps, so that {@link PostMortemService#update} can save in between: {@link #prepare} asks Jira whether
 * every ticket change is acceptable and changes nothing; {@link Prepared#apply} makes the changes.
 */
public interface TicketUpdates {
    /** For callers (tests, tools) that have no tickets to keep in step: accepts everything, changes nothing. */
    TicketUpdates NONE = (user, stored, incoming) -> () -> List.of();

    /**
     * Works out which ticket fields change from {@code stored} to {@code incoming} (matched by countermeasure id;
     * only countermeasures that have a ticket) and validates each change with Jira as {@code user}.
     *
     * @throws ServiceException INVALID with one error per problem, named {@code countermeasures[i].field} after the
     *                          index in {@code incoming}, when any change would be refused
     */
    Prepared prepare(ApplicationUser user, List<Countermeasure> stored, List<Countermeasure> incoming)
            throws ServiceException;

    /**
     * The other direction: takes the status of each countermeasure that has a ticket from the ticket, in place, as
     * {@code user} sees the tickets. Called on every save, so the saved document and its JQL mirror agree with Jira.
     * The default (no tickets to ask) changes nothing.
     *
     * @return whether the document changed
     */
    default boolean takeTicketStatuses(ApplicationUser user, PostMortem document) {
        return false;
    }

    /** Validated ticket changes, not yet made. */
    @FunctionalInterface
    interface Prepared {
        /** Makes the changes; returns one warning per change Jira did not make (never throws for Jira's refusals). */
        List<FieldError> apply();
    }
}
