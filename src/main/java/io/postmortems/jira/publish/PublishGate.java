package io.postmortems.jira.publish;

import io.postmortems.core.model.PostMortem;
import io.postmortems.jira.settings.AppSettings;

import java.util.Optional;

/** Decides whether a post-mortem may be published now. */
public interface PublishGate {
    /** Why publishing is blocked, as an i18n message for users; empty when it may go ahead. */
    Optional<PublishMessage> blockingReason(PostMortem document, AppSettings settings);
}
