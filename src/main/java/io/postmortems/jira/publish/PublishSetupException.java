package io.postmortems.jira.publish;

/** Publishing cannot start (no Confluence configured, application link not authorised...); the message is for users. */
public class PublishSetupException extends Exception {
    private static final long serialVersionUID = 1L;
    private final boolean retryable;

    public PublishSetupException(String message, boolean retryable) {
        super(message);
        this.retryable = retryable;
    }

    /** Whether trying again later may succeed without an administrator (e.g. a link that was briefly down). */
    public boolean retryable() {
        return retryable;
    }
}
