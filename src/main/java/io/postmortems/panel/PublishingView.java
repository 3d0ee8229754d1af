package io.postmortems.panel;

/**
 * Publishing state of a post-mortem as the panel shows it; absent when it was never queued.
 *
 * @param state       where publishing stands
 * @param pageUrl     the Confluence page once it exists, else null
 * @param pageVersion the last published version, else null
 * @param lastError   why the last attempt failed, fit for users; else null
 */
public record PublishingView(State state, String pageUrl, Integer pageVersion, String lastError) {
    public enum State {
        PENDING, PUBLISHED, FAILED, RETRY_PENDING
    }
}
