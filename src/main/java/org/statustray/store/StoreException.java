package org.statustray.store;

/**
 * A file StatusTray keeps (the history store, the settings) cannot be opened, read or written; the message
 * is one line a person can act on.
 */
public final class StoreException extends Exception {
    private static final long serialVersionUID = 1L;

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
