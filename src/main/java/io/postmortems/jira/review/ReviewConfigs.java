package io.postmortems.jira.review;

import io.postmortems.core.review.ReviewConfig;
import io.postmortems.jira.settings.AppSettings;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The reviewer's configuration from what the administrator set: severity scheme, required sections, due-date targets
 * (the "due weeks" per severity, which also pre-fill new countermeasures' due dates), word lists.
 */
public final class ReviewConfigs {
    private ReviewConfigs() {
    }

    public static ReviewConfig from(AppSettings settings) {
        ReviewConfig.Builder config = ReviewConfig.defaults().toBuilder()
                .severityLevels(settings.severityLevels());
        settings.requiredSections().forEach(config::requiredSections);
        settings.defaultDueWeeks().forEach((severity, weeks) -> {
            if (weeks != null && weeks >= 1) {
                config.dueWeeks(severity, weeks);
            }
        });
        for (Map.Entry<String, List<String>> terms : settings.extraBlameTerms().entrySet()) {
            config.extraBlameTerms(Locale.forLanguageTag(terms.getKey()), terms.getValue());
        }
        for (Map.Entry<String, List<String>> phrases : settings.extraCounterfactuals().entrySet()) {
            config.extraCounterfactuals(Locale.forLanguageTag(phrases.getKey()), phrases.getValue());
        }
        return config.build();
    }
}
