package io.postmortems.jira.countermeasures;

import com.atlassian.jira.issue.IssueManager;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.postmortems.core.model.Countermeasure;
import io.postmortems.core.model.PostMortem;
import io.postmortems.jira.countermeasures.TicketStatuses.TicketStatus;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Map;

/**
 * Finds countermeasure tickets that were deleted in Jira. A recorded key the viewer's search did not return is either
 * hidden from the viewer or gone; Jira's issue manager (no permission check, and it still resolves the old key of a
 * moved issue) tells the two apart. A deleted ticket's key moves to {@link Countermeasure#getDeletedIssueKey()} (kept
 * for history) and {@code issueKey} is cleared, so the countermeasure is pending again and "Create tickets" makes a
 * new ticket and records its key. The deleted ticket's issue event is not used: by then its parent and links are gone,
 * so it names no post-mortem; the reconcile on panel load and before publishing is the reliable path.
 */
@Named
public class DeletedTickets {
    private final IssueManager issueManager;

    @Inject
    public DeletedTickets(@ComponentImport IssueManager issueManager) {
        this.issueManager = issueManager;
    }

    /**
     * Marks, in place, the countermeasures of {@code document} whose ticket is not among {@code found} (a search as
     * the viewer) and no longer exists.
     *
     * @return whether anything changed
     */
    public boolean mark(PostMortem document, Map<String, TicketStatus> found) {
        boolean changed = false;
        for (Countermeasure cm : document.getCountermeasures()) {
            String key = cm.getIssueKey();
            if (key == null || key.isBlank() || found.containsKey(key)) {
                continue;
            }
            if (issueManager.getIssueObject(key.strip()) == null) {
                cm.setDeletedIssueKey(key.strip());
                cm.setIssueKey(null);
                changed = true;
            }
        }
        return changed;
    }
}
