package io.postmortems.jira.service;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;

import java.util.List;

/**
 * The post-mortem's related incidents as Jira issue links. Two steps, as {@link TicketUpdates}: {@link #check} before
 * the save (a key added must name an issue the saving user can browse), {@link #link} after it (links for added keys,
 * none left for removed ones).
 */
public interface RelatedIncidents {
    /** For callers (tests, tools) that hold no Jira issues: every key is accepted, no link is made. */
    RelatedIncidents UNLINKED = new RelatedIncidents() {
        @Override
        public List<FieldError> check(ApplicationUser user, List<String> before, List<String> after) {
            return List.of();
        }

        @Override
        public List<FieldError> link(ApplicationUser user, Issue postMortem, List<String> before,
                                     List<String> after) {
            return List.of();
        }
    };

    /** One error, named {@code relatedIncidents[i]}, per key of {@code after} not in {@code before} that is no issue
     * {@code user} may browse. */
    List<FieldError> check(ApplicationUser user, List<String> before, List<String> after);

    /**
     * Links the post-mortem to the issues of keys added, removes its links to keys removed; returns one warning per
     * change Jira did not make (never throws for them: the document is saved by then).
     */
    List<FieldError> link(ApplicationUser user, Issue postMortem, List<String> before, List<String> after);
}
