package io.postmortems.jira.review;

import io.postmortems.core.review.ReviewConfig;
import io.postmortems.jira.settings.SettingsStore;
import io.postmortems.jira.store.ReviewConfigSource;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The review configuration from the administrator's settings, for the store's JQL mirrors (due-date targets). */
@Named
public class SettingsReviewConfigSource implements ReviewConfigSource {
    private final SettingsStore settings;

    @Inject
    public SettingsReviewConfigSource(SettingsStore settings) {
        this.settings = settings;
    }

    @Override
    public ReviewConfig current() {
        return ReviewConfigs.from(settings.load());
    }
}
