package io.postmortems.jira.review;

import io.postmortems.core.model.PostMortem;
import io.postmortems.core.review.Finding;
import io.postmortems.jira.publish.PublishGate;
import io.postmortems.jira.service.ConfiguredReview;
import io.postmortems.jira.settings.AppSettings;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/**
 * Publishing waits while the review has error-level findings, when the administrator turned
 * {@link AppSettings#errorsBlockPublishing()} on.
 */
@Named
public class ReviewPublishGate implements PublishGate {
    private final ConfiguredReview review;

    @Inject
    public ReviewPublishGate(ConfiguredReview review) {
        this.review = review;
    }

    @Override
    public List<Finding> blockingFindings(PostMortem document, AppSettings settings) {
        if (!settings.errorsBlockPublishing()) {
            return List.of();
        }
        return review.review(document, settings).pageBlocking();
    }
}
