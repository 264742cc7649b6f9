package org.statustray.platform;

/**
 * The system refused a change StatusTray asked of it (its login entry, its first-run mark); the message is
 * one line a person can act on.
 */
public final class PlatformException extends Exception {
    private static final long serialVersionUID = 1L;

    public PlatformException(String message) {
        super(message);
    }

    public PlatformException(String message, Throwable cause) {
        super(message, cause);
    }
}
