package io.postmortems.jira.publish;

import java.time.Instant;
import java.util.Locale;

/**
 * Publishing state of one post-mortem as shown on the panel.
 *
 * @param state        pending, published, failed or retry pending
 * @param pageUrl      link to the Confluence page once it exists
 * @param pageVersion  last published version number, or null
 * @param lastError    reason of the last failure in the app's default language (for logs and callers that do not
 *                     localise); null when none. Show {@link #lastMessage()} rendered in the viewer's language.
 * @param updatedAt    when the state last changed
 * @param nextAttempt  for pending retries, when the next attempt is due; otherwise null
 * @param lastMessage  reason of the last failure as an i18n key and arguments; null when none
 */
public record PublishStatus(State state, String pageUrl, Integer pageVersion, String lastError, Instant updatedAt,
                            Instant nextAttempt, PublishMessage lastMessage) {
    public enum State {
        PENDING, PUBLISHED, FAILED, RETRY_PENDING
    }

    /** A status whose failure reason is literal text. */
    public PublishStatus(State state, String pageUrl, Integer pageVersion, String lastError, Instant updatedAt,
                         Instant nextAttempt) {
        this(state, pageUrl, pageVersion, lastError, updatedAt, nextAttempt,
                lastError == null ? null : PublishMessage.text(lastError));
    }

    /** The failure reason in the viewer's language, or null when none. */
    public String lastError(Locale viewer) {
        return lastMessage == null ? null : PublishMessages.format(lastMessage, viewer);
    }
}
