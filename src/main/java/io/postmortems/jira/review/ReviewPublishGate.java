package io.postmortems.jira.review;

import io.postmortems.core.model.PostMortem;
import io.postmortems.core.review.Finding;
import io.postmortems.core.review.Level;
import io.postmortems.jira.publish.PublishGate;
import io.postmortems.jira.publish.PublishMessage;
import io.postmortems.jira.service.PostMortemReview;
import io.postmortems.jira.settings.AppSettings;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Publishing waits while the review has error-level findings, when the administrator turned
 * {@link AppSettings#errorsBlockPublishing()} on. The recorded message counts the errors and names the fields of the
 * first {@value #NAMED_FIELDS}.
 */
@Named
public class ReviewPublishGate implements PublishGate {
    static final int NAMED_FIELDS = 3;

    private final PostMortemReview review;

    @Inject
    public ReviewPublishGate(PostMortemReview review) {
        this.review = review;
    }

    @Override
    public Optional<PublishMessage> blockingReason(PostMortem document, AppSettings settings) {
        if (!settings.errorsBlockPublishing()) {
            return Optional.empty();
        }
        List<Finding> errors = review.review(document, settings).at(Level.ERROR);
        if (errors.isEmpty()) {
            return Optional.empty();
        }
        Set<String> fields = new LinkedHashSet<>();
        for (Finding error : errors) {
            fields.add(error.path() == null || error.path().isBlank() ? error.code() : error.path());
        }
        List<String> named = fields.stream().limit(NAMED_FIELDS).toList();
        String list = String.join(", ", named) + (fields.size() > named.size() ? ", \u2026" : "");
        return Optional.of(PublishMessage.of("postmortems.publish.gate.findings", errors.size(), list));
    }
}
