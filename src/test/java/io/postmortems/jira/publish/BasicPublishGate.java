package io.postmortems.jira.publish;

import io.postmortems.core.model.PostMortem;
import io.postmortems.core.review.Finding;
import io.postmortems.core.review.Level;
import io.postmortems.jira.settings.AppSettings;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Test gate without the reviewer: when settings say errors block publishing, a post-mortem without a title or a
 * severity is not published, with a message naming that field.
 */
public class BasicPublishGate implements PublishGate {
    @Override
    public List<Finding> blockingFindings(PostMortem document, AppSettings settings) {
        List<Finding> blocking = new ArrayList<>();
        if (!settings.errorsBlockPublishing()) {
            return blocking;
        }
        if (document.getTitle() == null || document.getTitle().isBlank()) {
            blocking.add(new Finding(Level.ERROR, "title", "no-title", "postmortems.publish.gate.no-title", List.of()));
        }
        if (document.getSeverity() == null || document.getSeverity().isBlank()) {
            blocking.add(new Finding(Level.ERROR, "severity", "no-severity", "postmortems.publish.gate.no-severity",
                    List.of()));
        }
        return blocking;
    }

    @Override
    public Optional<PublishMessage> blockingReason(PostMortem document, AppSettings settings) {
        return blockingFindings(document, settings).stream().findFirst()
                .map(f -> PublishMessage.of(f.messageKey()));
    }
}
