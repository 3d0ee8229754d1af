package io.postmortems.jira.publish;

import java.time.Instant;

/**
 * Publishing state of one post-mortem as shown on the panel.
 *
 * @param state        pending, published, failed or retry pending
 * @param pageUrl      link to the Confluence page once it exists
 * @param pageVersion  last published version number, or null
 * @param lastError    reason of the last failure, fit for users; null when none
 * @param updatedAt    when the state last changed
 * @param nextAttempt  for pending retries, when the next attempt is due; otherwise null
 */
public record PublishStatus(State state, String pageUrl, Integer pageVersion, String lastError, Instant updatedAt,
                            Instant nextAttempt) {
    public enum State {
        PENDING, PUBLISHED, FAILED, RETRY_PENDING
    }
}
