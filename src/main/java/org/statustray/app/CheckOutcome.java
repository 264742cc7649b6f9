package org.statustray.app;

import org.statustray.model.Snapshot;
import org.statustray.model.Status;

/**
 * One URL's line in {@code check}: a snapshot, or the reason there is none. {@code warning} is something
 * the person should know though the page was read (a watched component that is not on it).
 */
record CheckOutcome(String url, String format, Snapshot snapshot, String error, String warning) {

    static CheckOutcome failed(String url, String format, String error) {
        return new CheckOutcome(url, format, null, error, null);
    }

    Status status() {
        return snapshot == null ? Status.UNKNOWN : snapshot.status();
    }
}
