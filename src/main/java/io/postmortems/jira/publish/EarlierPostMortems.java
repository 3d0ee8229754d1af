package io.postmortems.jira.publish;

import com.atlassian.jira.user.ApplicationUser;
import io.postmortems.core.model.PostMortem;
import io.postmortems.core.recurrence.Recurrence;

import java.time.LocalDate;
import java.util.List;

/**
 * The port through which the publish worker asks for the earlier post-mortems a page links ("Related earlier
 * post-mortems"); implemented by the reports' index search ({@code jira.reports.IndexedPostMortems}), which runs as
 * the publishing user.
 */
public interface EarlierPostMortems {
    /** Links none (tests of other concerns). */
    EarlierPostMortems NONE = (publisher, issueKey, document, windowDays, includeRestricted, today) -> List.of();

    /**
     * The earlier post-mortems {@code publisher} may browse that {@code document} recurs; those under an issue
     * security level only when {@code includeRestricted} (the target space is marked restricted).
     */
    List<Recurrence.Match> forPage(ApplicationUser publisher, String issueKey, PostMortem document, int windowDays,
                                   boolean includeRestricted, LocalDate today);
}
