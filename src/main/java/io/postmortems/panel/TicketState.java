package io.postmortems.panel;

/**
 * The live state of one countermeasure ticket, as the host found it.
 *
 * @param issueKey   the ticket's key
 * @param statusName the workflow status as the viewer sees it, e.g. "In Progress"
 * @param done       the status is in the "done" category
 */
public record TicketState(String issueKey, String statusName, boolean done) {
}
