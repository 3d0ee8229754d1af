package io.postmortems.jira.review;

import io.postmortems.core.model.PostMortem;
import io.postmortems.core.review.PostMortemReviewer;
import io.postmortems.core.review.ReviewReport;
import io.postmortems.jira.service.ConfiguredReview;
import io.postmortems.jira.settings.AppSettings;
import jakarta.inject.Named;

/**
 * The app's one {@link ConfiguredReview} (panel, REST and publish gate): the host-free reviewer configured from the
 * administrator's settings by {@link ReviewConfigs}; rebuilt only when the settings change.
 */
@Named
public class SettingsReview implements ConfiguredReview {
    private volatile Cached cached;

    private record Cached(AppSettings settings, PostMortemReviewer reviewer) {
    }

    @Override
    public ReviewReport review(PostMortem document, AppSettings settings) {
        Cached current = cached;
        if (current == null || !current.settings().equals(settings)) {
            current = new Cached(settings, new PostMortemReviewer(ReviewConfigs.from(settings)));
            cached = current;
        }
        return current.reviewer().review(document);
    }
}
