package io.postmortems.jira.service;

import io.postmortems.core.model.PostMortem;
import io.postmortems.core.review.ReviewReport;
import io.postmortems.jira.settings.AppSettings;

/**
 * Reviews a document under the administrator's settings. The Jira side needs only this function; the integrator binds
 * it to the core reviewer ({@code io.postmortems.core.review.PostMortemReviewer} with a {@code ReviewConfig} built from
 * {@link AppSettings}) as a {@code @Named} component.
 */
@FunctionalInterface
public interface PostMortemReview {
    ReviewReport review(PostMortem document, AppSettings settings);
}
