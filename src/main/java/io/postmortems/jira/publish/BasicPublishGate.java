package io.postmortems.jira.publish;

import io.postmortems.core.model.PostMortem;
import io.postmortems.jira.settings.AppSettings;

import java.util.Optional;

/**
 * The minimal gate: when settings say errors block publishing, a post-mortem without a title or a severity is not
 * published. Production uses {@code io.postmortems.jira.review.ReviewPublishGate}; this one serves tests that need a
 * gate without the reviewer.
 */
public class BasicPublishGate implements PublishGate {
    @Override
    public Optional<PublishMessage> blockingReason(PostMortem document, AppSettings settings) {
        if (!settings.errorsBlockPublishing()) {
            return Optional.empty();
        }
        if (document.getTitle() == null || document.getTitle().isBlank()) {
            return Optional.of(PublishMessage.of("postmortems.publish.gate.no-title"));
        }
        if (document.getSeverity() == null || document.getSeverity().isBlank()) {
            return Optional.of(PublishMessage.of("postmortems.publish.gate.no-severity"));
        }
        return Optional.empty();
    }
}
