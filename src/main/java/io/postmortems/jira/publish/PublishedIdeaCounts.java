package io.postmortems.jira.publish;

import com.atlassian.jira.user.ApplicationUser;
import io.postmortems.core.model.PostMortem;

import java.util.Map;

/**
 * In how many post-mortems each idea of a document was raised, for its page (declared here, where the worker needs
 * it; implemented by {@code jira.countermeasures.IdeaCounts}, which the panel uses too). Counted as the publishing
 * user, so post-mortems that user may not browse are not counted.
 */
public interface PublishedIdeaCounts {
    /** No counts; for callers (tests of other concerns) that do not care. */
    PublishedIdeaCounts NONE = (publisher, document) -> Map.of();

    /** By idea fingerprint ({@code core.model.Ideas#fingerprint}); an idea without a count is left out. */
    Map<String, Integer> counts(ApplicationUser publisher, PostMortem document);
}
