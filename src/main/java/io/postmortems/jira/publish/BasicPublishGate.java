package io.postmortems.jira.publish;

import io.postmortems.core.model.PostMortem;
import io.postmortems.jira.settings.AppSettings;
import jakarta.inject.Named;

import java.util.Optional;

/**
 * The minimal gate while the full review (io.postmortems.core.review) is wired in: when settings say errors block
 * publishing, a post-mortem without a title or a severity is not published.
 */
@Named
public class BasicPublishGate implements PublishGate {
    @Override
    public Optional<String> blockingReason(PostMortem document, AppSettings settings) {
        if (!settings.errorsBlockPublishing()) {
            return Optional.empty();
        }
        if (document.getTitle() == null || document.getTitle().isBlank()) {
            return Optional.of("Not published: the post-mortem has no title (field title).");
        }
        if (document.getSeverity() == null || document.getSeverity().isBlank()) {
            return Optional.of("Not published: the post-mortem has no severity (field severity).");
        }
        return Optional.empty();
    }
}
