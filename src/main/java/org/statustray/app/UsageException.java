package org.statustray.app;

/** A command line that cannot be run as written; exit 64. */
final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
