package io.postmortems.jira.store;

import io.postmortems.core.review.ReviewConfig;

/**
 * The review configuration the JQL mirrors are computed with (due-date targets), as the administrator set it. The
 * store cannot read the settings itself (they depend on the store), so the settings side provides this.
 */
public interface ReviewConfigSource {
    ReviewConfig current();

    /** The built-in configuration, for wiring without settings (tests, tools). */
    static ReviewConfigSource defaults() {
        return ReviewConfig::defaults;
    }
}
