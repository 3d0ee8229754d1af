package io.postmortems.core.metrics;

/**
 * One post-mortem as the reports find it in the index: its issue's key and title (the Jira summary) beside the
 * summary read from its indexed property.
 */
public record IndexedPostMortem(String key, String title, MirrorSnapshot snapshot) {
    public IndexedPostMortem {
        if (snapshot == null) {
            throw new IllegalArgumentException("snapshot is required");
        }
    }
}
