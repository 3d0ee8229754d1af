package io.postmortems.jira.publish;

import com.atlassian.jira.user.ApplicationUser;
import io.postmortems.jira.store.PostMortemStore.StoredPostMortem;

/**
 * Brings the countermeasure statuses of a document in step with their tickets before the worker renders the page.
 * Implemented by {@code jira.countermeasures.CountermeasureStatusReconciler}; declared here so this package does not
 * depend on that one (which depends on the service package, which queues publish requests here).
 */
@FunctionalInterface
public interface TicketStatusRefresh {
    /**
     * The document with its countermeasures' statuses taken from their tickets as {@code user} sees them, stored when
     * that changed it; {@code stored} itself when nothing changed or Jira could not be asked.
     */
    StoredPostMortem reconcileAndStore(ApplicationUser user, StoredPostMortem stored);
}
