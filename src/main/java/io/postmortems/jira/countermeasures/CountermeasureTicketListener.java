package io.postmortems.jira.countermeasures;

import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.lifecycle.LifecycleAware;
import io.postmortems.core.model.Countermeasure;
import io.postmortems.core.model.PostMortem;
import io.postmortems.jira.countermeasures.TicketStatuses.TicketStatus;
import io.postmortems.jira.provisioning.Provisioning;
import io.postmortems.jira.store.ConcurrentEditException;
import io.postmortems.jira.store.PostMortemStore;
import io.postmortems.jira.store.PostMortemStore.StoredPostMortem;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Carries a change on a countermeasure ticket back into its post-mortem the moment Jira reports it: any issue event
 * (edit, assignment, transition, move) on a ticket of a post-mortem makes the stored document take the ticket's status,
 * summary, assignee, due date and priority ({@link CountermeasureStatusReconciler#applyTicket}), and a ticket moved to
 * another project (new key) gets its new key recorded. Saving the document also rewrites the JQL properties, and the
 * panel shows the document, so all three agree.
 *
 * <p>The post-mortem of a ticket is its parent (sub-task mode) or the source of an inward link (linked mode) whose
 * stored document lists the ticket. Nothing is written when nothing differs, so an event caused by the app's own
 * update of the ticket (from a document edit) writes nothing back. The save is conditional on the revision read: a
 * user saving at the same moment is never overwritten; the listener reloads and tries again, at most
 * {@value #SAVE_ATTEMPTS} times, and otherwise leaves it to the reconcile on the next panel load. A failure is logged
 * and never reaches Jira's event dispatch, so one broken post-mortem stops no other ticket's sync.
 *
 * <p>A deleted ticket is not handled here: the document keeps its key, and the panel shows it as it shows any ticket
 * its viewer cannot find.
 */
@Named
@ExportAsService(LifecycleAware.class)
public class CountermeasureTicketListener implements LifecycleAware {
    /** Conditional saves tried while others save the same document (each try reloads it). */
    static final int SAVE_ATTEMPTS = 5;
    private static final Logger LOG = LoggerFactory.getLogger(CountermeasureTicketListener.class);

    private final EventPublisher events;
    private final IssueManager issueManager;
    private final IssueLinkManager issueLinkManager;
    private final PostMortemStore store;
    private final CountermeasureStatusReconciler reconciler;

    @Inject
    public CountermeasureTicketListener(@ComponentImport EventPublisher events,
                                        @ComponentImport IssueManager issueManager,
                                        @ComponentImport IssueLinkManager issueLinkManager, PostMortemStore store,
                                        CountermeasureStatusReconciler reconciler) {
        this.events = events;
        this.issueManager = issueManager;
        this.issueLinkManager = issueLinkManager;
        this.store = store;
        this.reconciler = reconciler;
    }

    @Override
    public void onStart() {
        events.register(this);
    }

    @Override
    public void onStop() {
        events.unregister(this);
    }

    @EventListener
    public void onIssueEvent(IssueEvent event) {
        Issue ticket = event == null ? null : event.getIssue();
        if (ticket == null || ticket.getId() == null || ticket.getKey() == null
                || EventType.ISSUE_DELETED_ID.equals(event.getEventTypeId())) {
            return;
        }
        for (Long postMortemId : postMortemsOf(ticket)) {
            try {
                if (isPostMortem(postMortemId)) {
                    follow(postMortemId, ticket);
                }
            } catch (RuntimeException e) {
                LOG.warn("Ticket {} changed, but post-mortem of issue {} was not updated; the panel reconciles it on "
                        + "its next load: {}", ticket.getKey(), postMortemId, e.toString());
            }
        }
    }

    /** Issues that may be the ticket's post-mortem: its parent, then the sources of its inward links. */
    private Set<Long> postMortemsOf(Issue ticket) {
        Set<Long> ids = new LinkedHashSet<>();
        try {
            if (ticket.getParentId() != null) {
                ids.add(ticket.getParentId());
            }
            List<IssueLink> inward = issueLinkManager.getInwardLinks(ticket.getId());
            if (inward != null) {
                for (IssueLink link : inward) {
                    if (link != null && link.getSourceId() != null) {
                        ids.add(link.getSourceId());
                    }
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("Could not find the post-mortem of ticket {}: {}", ticket.getKey(), e.toString());
        }
        return ids;
    }

    /** Whether the issue is of the Post-mortem type: other linked issues cost no storage lookup. */
    private boolean isPostMortem(long issueId) {
        Issue issue = issueManager.getIssueObject(issueId);
        return issue != null && Provisioning.isPostMortemType(issue.getIssueType());
    }

    /**
     * Brings the post-mortem of issue {@code postMortemId} in step with {@code ticket} and saves it if that changed
     * anything.
     *
     * @return whether the document was saved
     */
    boolean follow(long postMortemId, Issue ticket) {
        TicketStatus status = TicketStatuses.read(ticket);
        for (int attempt = 0; attempt < SAVE_ATTEMPTS; attempt++) {
            Optional<StoredPostMortem> stored = store.load(postMortemId);
            if (stored.isEmpty() || stored.get().revision() == 0) {
                return false;
            }
            PostMortem doc = stored.get().document();
            boolean moved = followMove(doc, ticket);
            boolean changed = reconciler.applyTicket(doc, Map.of(ticket.getKey(), status));
            if (!moved && !changed) {
                return false; // what the ticket says is what the document says: nothing to write, nothing to echo
            }
            try {
                store.save(postMortemId, doc, stored.get().revision());
                return true;
            } catch (ConcurrentEditException e) {
                LOG.debug("Post-mortem of issue {} was saved meanwhile; taking ticket {} again", postMortemId,
                        ticket.getKey());
            }
        }
        LOG.info("Post-mortem of issue {} kept changing; ticket {} is taken on the next panel load", postMortemId,
                ticket.getKey());
        return false;
    }

    /**
     * A ticket moved to another project has a new key; Jira still finds it by its old one. When no countermeasure has
     * the new key, the one whose key leads to this ticket gets it.
     */
    private boolean followMove(PostMortem doc, Issue ticket) {
        List<Countermeasure> countermeasures = doc.getCountermeasures();
        if (countermeasures.stream().anyMatch(cm -> ticket.getKey().equals(cm.getIssueKey()))) {
            return false;
        }
        for (Countermeasure cm : countermeasures) {
            if (cm.getIssueKey() == null || cm.getIssueKey().isBlank()) {
                continue;
            }
            Issue found = issueManager.getIssueObject(cm.getIssueKey());
            if (found != null && ticket.getId().equals(found.getId())) {
                cm.setIssueKey(ticket.getKey());
                return true;
            }
        }
        return false;
    }
}
