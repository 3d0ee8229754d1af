package io.postmortems.jira.publish;

import io.postmortems.core.model.PostMortem;
import io.postmortems.jira.settings.AppSettings;

import java.util.Optional;

/**
 * Decides whether a post-mortem may be published now. The reviewer-based gate (error-level findings block when
 * {@link AppSettings#errorsBlockPublishing()}) plugs in here; until then {@link BasicPublishGate} applies.
 */
public interface PublishGate {
    /** Why publishing is blocked, as a message for users; empty when it may go ahead. */
    Optional<String> blockingReason(PostMortem document, AppSettings settings);
}
