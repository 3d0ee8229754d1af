package io.postmortems.jira.publish;

/**
 * Publishing cannot start (no Confluence configured, application link not authorised...). {@link #message()} is the
 * i18n message shown to users; {@link #getMessage()} is its key and arguments, for logs.
 */
public class PublishSetupException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient PublishMessage message;
    private final boolean retryable;

    public PublishSetupException(PublishMessage message, boolean retryable) {
        super(message.key() + " " + message.args());
        this.message = message;
        this.retryable = retryable;
    }

    /** Literal text; prefer the {@link PublishMessage} constructor so the message is translated. */
    public PublishSetupException(String message, boolean retryable) {
        this(PublishMessage.text(message), retryable);
    }

    public PublishMessage message() {
        return message;
    }

    /** Whether trying again later may succeed without an administrator (e.g. a link that was briefly down). */
    public boolean retryable() {
        return retryable;
    }
}
