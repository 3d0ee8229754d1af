package io.postmortems.jira.service;

import io.postmortems.core.model.PostMortem;
import io.postmortems.core.review.ReviewReport;
import io.postmortems.jira.settings.AppSettings;

/**
 * The review as the administrator configured it: the core {@code PostMortemReviewer} run with a {@code ReviewConfig}
 * built from {@link AppSettings} ({@code io.postmortems.jira.review.SettingsReview} binds it).
 */
@FunctionalInterface
public interface ConfiguredReview {
    ReviewReport review(PostMortem document, AppSettings settings);
}
