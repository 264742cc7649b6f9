package org.statustray.source;

import org.statustray.source.text.OneLine;

/**
 * A payload that cannot be read as the format claimed. The message is one line a person can act on: page
 * text quoted in it is cut to an excerpt and cannot carry control characters to a log or a terminal.
 */
public final class UnreadableException extends Exception {
    static final int MAX_MESSAGE = 200;
    private static final long serialVersionUID = 1L;

    public UnreadableException(String reason) {
        super(reason == null || reason.isBlank() ? "unreadable" : OneLine.of(reason, MAX_MESSAGE));
    }
}
