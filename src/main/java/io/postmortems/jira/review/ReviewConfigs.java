package io.postmortems.jira.review;

import io.postmortems.core.review.ReviewConfig;
import io.postmortems.core.review.ReviewSettings;
import io.postmortems.jira.settings.AppSettings;

import java.util.Locale;

/**
 * The reviewer's configuration from what the administrator set: severity scheme, required sections, due-date targets
 * (the "due weeks" per severity, which also pre-fill new countermeasures' due dates), word lists. The rule that turns
 * them into a {@link ReviewConfig} is {@link ReviewSettings#reviewConfig(Locale)}, the same the CLI runs on an
 * exported settings file; this class only picks the review-relevant settings ({@link #reviewSettings}).
 */
public final class ReviewConfigs {
    private ReviewConfigs() {
    }

    /** The configuration for a document whose language is not known (see {@link #from(AppSettings, Locale)}). */
    public static ReviewConfig from(AppSettings settings) {
        return from(settings, null);
    }

    /** The configuration for a document in {@code documentLanguage}: see {@link ReviewSettings#reviewConfig}. */
    public static ReviewConfig from(AppSettings settings, Locale documentLanguage) {
        return reviewSettings(settings).reviewConfig(documentLanguage);
    }

    /**
     * The review-relevant part of the settings, host-free: what the settings page exports as a review settings file.
     * Never the Confluence token, addresses, spaces or users.
     */
    public static ReviewSettings reviewSettings(AppSettings settings) {
        return new ReviewSettings(settings.severityLevels(), settings.requiredSections(), settings.defaultDueWeeks(),
                settings.extraBlameTerms(), settings.extraCounterfactuals(), settings.causeCategories(),
                settings.errorsBlockPublishing(), settings.pageLanguage());
    }
}
