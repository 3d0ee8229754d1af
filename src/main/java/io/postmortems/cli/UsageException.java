package io.postmortems.cli;

/** The command line itself is wrong (unknown option, missing value); the message says which part. */
final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
