package io.postmortems.jira.review;

import io.postmortems.core.model.PostMortem;
import io.postmortems.core.review.PostMortemReviewer;
import io.postmortems.core.review.ReviewReport;
import io.postmortems.jira.service.PostMortemReview;
import io.postmortems.jira.settings.AppSettings;
import jakarta.inject.Named;

/** {@link PostMortemReview} by the core reviewer, configured from the current settings on every call. */
@Named
public class SettingsReview implements PostMortemReview {
    @Override
    public ReviewReport review(PostMortem document, AppSettings settings) {
        return new PostMortemReviewer(ReviewConfigs.from(settings)).review(document);
    }
}
