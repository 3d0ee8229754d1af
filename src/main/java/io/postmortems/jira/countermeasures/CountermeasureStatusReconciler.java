package io.postmortems.jira.countermeasures;

import com.atlassian.jira.user.ApplicationUser;
import io.postmortems.core.model.Countermeasure;
import io.postmortems.core.model.CountermeasureStatus;
import io.postmortems.core.model.PostMortem;
import io.postmortems.jira.countermeasures.TicketStatuses.TicketStatus;
import io.postmortems.jira.publish.TicketStatusRefresh;
import io.postmortems.jira.store.ConcurrentEditException;
import io.postmortems.jira.store.PostMortemStore;
import io.postmortems.jira.store.PostMortemStore.StoredPostMortem;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Takes the status of every countermeasure that has a Jira ticket from that ticket, so the document, its JQL mirror
 * ({@code countermeasuresOpen}), the review's overdue hint and the published page's status column all say what the
 * ticket says. The ticket's status category decides: Done → {@link CountermeasureStatus#DONE} with Jira's resolution
 * date as {@code doneOn} (a countermeasure the document already calls {@link CountermeasureStatus#WONT_DO} stays so:
 * both are finished, and Jira's Done category also holds "Won't Do" resolutions); In Progress →
 * {@link CountermeasureStatus#IN_PROGRESS}; any other category (To Do) → {@link CountermeasureStatus#OPEN}. A ticket
 * the acting user cannot see, or a failed search changes nothing: the document keeps what it had. A ticket deleted in
 * Jira is found by {@link DeletedTickets} when statuses are stored ({@link #reconcileAndStore}).
 *
 * <p>Where nobody is saving the document (panel load, the publish worker, a ticket's issue event) the ticket's other
 * fields are taken as well ({@link #applyTicket}): summary, assignee (the owner), due date and priority. A user's save
 * takes statuses only ({@link #reconcile}): there the author's edits are on their way to the tickets, and taking the
 * tickets' old values would undo them.
 *
 * <p>Called on panel load (with the panel's one bulk search), by the publish worker before it renders the page, on
 * every save of the document (so the JQL property written with the save agrees), and by
 * {@link CountermeasureTicketListener} when a ticket changes. Nothing is written unless a value really differs, which
 * is also what keeps the two directions from echoing: a ticket updated from the document already says what the
 * document says.
 */
@Named
public class CountermeasureStatusReconciler implements TicketStatusRefresh {
    private static final Logger LOG = LoggerFactory.getLogger(CountermeasureStatusReconciler.class);

    private final TicketStatuses ticketStatuses;
    private final PostMortemStore store;
    private final ZoneId zone;
    /** Marks tickets deleted in Jira; null where not wired (then nothing is marked). */
    private final DeletedTickets deletedTickets;

    @Inject
    public CountermeasureStatusReconciler(TicketStatuses ticketStatuses, PostMortemStore store,
                                          DeletedTickets deletedTickets) {
        this(ticketStatuses, store, ZoneId.systemDefault(), deletedTickets);
    }

    /** Without finding deleted tickets (a recorded key that does not resolve stays as it is). */
    public CountermeasureStatusReconciler(TicketStatuses ticketStatuses, PostMortemStore store) {
        this(ticketStatuses, store, ZoneId.systemDefault(), null);
    }

    /** @param zone the zone a resolution instant becomes a date in (Jira's server zone by default) */
    CountermeasureStatusReconciler(TicketStatuses ticketStatuses, PostMortemStore store, ZoneId zone) {
        this(ticketStatuses, store, zone, null);
    }

    private CountermeasureStatusReconciler(TicketStatuses ticketStatuses, PostMortemStore store, ZoneId zone,
                                           DeletedTickets deletedTickets) {
        this.ticketStatuses = ticketStatuses;
        this.store = store;
        this.zone = zone;
        this.deletedTickets = deletedTickets;
    }

    /**
     * Brings the statuses of {@code document} in step with {@code byKey} (tickets by issue key), in place.
     *
     * @return whether anything changed
     */
    public boolean apply(PostMortem document, Map<String, TicketStatus> byKey) {
        boolean changed = false;
        for (Countermeasure cm : document.getCountermeasures()) {
            TicketStatus ticket = cm.getIssueKey() == null ? null : byKey.get(cm.getIssueKey());
            if (ticket == null) {
                continue;
            }
            CountermeasureStatus status;
            LocalDate doneOn = null;
            if (ticket.done()) {
                status = cm.getStatus() == CountermeasureStatus.WONT_DO ? CountermeasureStatus.WONT_DO
                        : CountermeasureStatus.DONE;
                doneOn = ticket.resolved() == null ? cm.getDoneOn() : LocalDate.ofInstant(ticket.resolved(), zone);
            } else {
                status = ticket.inProgress() ? CountermeasureStatus.IN_PROGRESS : CountermeasureStatus.OPEN;
            }
            if (cm.getStatus() != status || !Objects.equals(cm.getDoneOn(), doneOn)) {
                cm.setStatus(status);
                cm.setDoneOn(doneOn);
                changed = true;
            }
        }
        return changed;
    }

    /**
     * Brings statuses and the ticket's fields (where {@link TicketStatus#fields()} were read) of {@code document} in
     * step with {@code byKey}, in place. A ticket without an assignee, due date or priority leaves the document's
     * alone: a field missing from a project's screens, or a ticket nobody picked up yet, must not wipe a commitment's
     * owner or date (the review requires both, and publishing would stop).
     *
     * @return whether anything changed
     */
    public boolean applyTicket(PostMortem document, Map<String, TicketStatus> byKey) {
        boolean changed = apply(document, byKey);
        for (Countermeasure cm : document.getCountermeasures()) {
            TicketStatus ticket = cm.getIssueKey() == null ? null : byKey.get(cm.getIssueKey());
            if (ticket != null && ticket.fields() != null) {
                changed |= takeFields(cm, ticket);
            }
        }
        return changed;
    }

    private static boolean takeFields(Countermeasure cm, TicketStatus ticket) {
        boolean changed = false;
        String summary = ticket.summary() == null ? null : ticket.summary().strip();
        if (summary != null && !summary.isEmpty() && !summary.equals(strip(cm.getSummary()))) {
            cm.setSummary(summary);
            changed = true;
        }
        TicketStatuses.Fields fields = ticket.fields();
        String owner = strip(cm.getOwner());
        boolean sameOwner = fields.assigneeName() == null // unassigned: the document keeps the commitment's owner
                || owner != null && (owner.equals(fields.assigneeName()) || owner.equals(fields.assigneeKey()));
        if (!sameOwner) {
            cm.setOwner(fields.assigneeName());
            changed = true;
        }
        if (fields.dueDate() != null && !fields.dueDate().equals(cm.getDueDate())) {
            cm.setDueDate(fields.dueDate());
            changed = true;
        }
        Optional<io.postmortems.core.model.Priority> priority = TicketFields.priority(fields.priorityName());
        if (priority.isPresent() && priority.get() != cm.getPriority()) {
            cm.setPriority(priority.get());
            changed = true;
        }
        return changed;
    }

    private static String strip(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /**
     * Searches the tickets of {@code document} (one search, as {@code user}) and applies their statuses in place;
     * nothing changes when the search fails.
     *
     * @return whether anything changed
     */
    public boolean reconcile(ApplicationUser user, PostMortem document) {
        List<String> keys = keys(document);
        if (keys.isEmpty()) {
            return false;
        }
        return ticketStatuses.load(user, keys).map(byKey -> apply(document, byKey)).orElse(false);
    }

    /** {@link #reconcile} and, when that changed something, stores the document as the other overload does. */
    @Override
    public StoredPostMortem reconcileAndStore(ApplicationUser user, StoredPostMortem stored) {
        return keys(stored.document()).isEmpty() ? stored
                : reconcileAndStore(stored, ticketStatuses.load(user, keys(stored.document())));
    }

    /**
     * Applies statuses and fields someone already searched (the panel's search) and stores the document if that changed it.
     * Nothing is saved when nothing changed; a document saved by someone else in the meantime is not overwritten:
     * the caller gets the reconciled document under the old revision, and the next view or save reconciles again.
     */
    public StoredPostMortem reconcileAndStore(StoredPostMortem stored, Optional<Map<String, TicketStatus>> byKey) {
        if (byKey.isEmpty()) {
            return stored;
        }
        boolean changed = applyTicket(stored.document(), byKey.get());
        changed |= deletedTickets != null && deletedTickets.mark(stored.document(), byKey.get());
        if (!changed || stored.revision() == 0) {
            return stored;
        }
        try {
            return store.save(stored.issueId(), stored.document(), stored.revision());
        } catch (ConcurrentEditException e) {
            LOG.debug("Post-mortem of issue {} changed while storing ticket statuses; kept for the next save",
                    stored.issueId());
            return stored;
        }
    }

    /** Issue keys of the countermeasures that have a ticket. */
    static List<String> keys(PostMortem document) {
        return document.getCountermeasures().stream().map(Countermeasure::getIssueKey)
                .filter(k -> k != null && !k.isBlank()).distinct().toList();
    }
}
