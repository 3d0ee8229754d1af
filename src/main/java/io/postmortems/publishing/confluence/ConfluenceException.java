package io.postmortems.publishing.confluence;

/**
 * Confluence could not do what was asked. The message is fit for a user: it names the cause, never holds a
 * stack trace, a token or a response body beyond a short escaped excerpt.
 */
public class ConfluenceException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;

    public ConfluenceException(String message, int status) {
        super(message);
        this.status = status;
    }

    /** HTTP status Confluence answered with, or 0 when no answer came. */
    public int status() {
        return status;
    }

    /** True when trying again later may succeed (no answer, 5xx, 429, repeated conflicts). */
    public boolean isTransient() {
        return false;
    }

    /** Confluence refused the credentials (401) or the permission (403). Retrying will not help. */
    public static final class Refused extends ConfluenceException {
        private static final long serialVersionUID = 1L;

        public Refused(String message, int status) {
            super(message, status);
        }
    }

    /** The addressed content (a page, its parent or a property) does not exist (404). */
    public static final class NotFound extends ConfluenceException {
        private static final long serialVersionUID = 1L;

        public NotFound(String message) {
            super(message, 404);
        }
    }

    /** The version sent is not the next one (409): someone else changed the content meanwhile. */
    public static final class Conflict extends ConfluenceException {
        private static final long serialVersionUID = 1L;

        public Conflict(String message) {
            super(message, 409);
        }

        @Override
        public boolean isTransient() {
            return true;
        }
    }

    /** A page with this title already exists in the space (Confluence answers 400). */
    public static final class DuplicateTitle extends ConfluenceException {
        private static final long serialVersionUID = 1L;

        public DuplicateTitle(String message) {
            super(message, 400);
        }
    }

    /** Confluence did not answer usefully after every allowed attempt; try again after {@link #retryAfter()}. */
    public static final class Unavailable extends ConfluenceException {
        private static final long serialVersionUID = 1L;
        private final transient java.time.Duration retryAfter;

        public Unavailable(String message, int status, java.time.Duration retryAfter) {
            super(message, status);
            this.retryAfter = retryAfter;
        }

        public java.time.Duration retryAfter() {
            return retryAfter;
        }

        @Override
        public boolean isTransient() {
            return true;
        }
    }
}
