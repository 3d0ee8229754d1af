package io.postmortems.publishing;

import io.postmortems.core.model.PublishedPage;

import java.time.Duration;
import java.util.Optional;

/**
 * What a publish attempt ended with. A failed or pending publish carries the reason; the post-mortem itself is
 * never changed by the publisher — callers store {@link #page()} when the result is a success.
 *
 * @param result     published, unchanged (no new page version; nothing written, except once after upgrading
 *                   the record of the page's labels), failed (no point retrying) or retry pending
 * @param page       the page as it now stands (success only)
 * @param reason     for failures and pending retries, a message fit for a user; on success, null or a note for
 *                   the user (e.g. that a page id the document named was not this post-mortem's page)
 * @param retryAfter for pending retries, when to try again
 * @param restCalls  REST calls this attempt made (for benchmarks and logs)
 */
public record PublishOutcome(Result result, PublishedPage page, String reason, Duration retryAfter, int restCalls) {
    public enum Result {
        PUBLISHED, UNCHANGED, FAILED, RETRY_PENDING;

        public boolean isSuccess() {
            return this == PUBLISHED || this == UNCHANGED;
        }
    }

    public Optional<PublishedPage> publishedPage() {
        return Optional.ofNullable(page);
    }
}
