package org.statustray.app;

import org.jspecify.annotations.Nullable;
import org.statustray.model.Snapshot;
import org.statustray.model.Status;

/**
 * One URL's line in {@code check}: a snapshot, or the reason there is none. {@code warning} is something
 * the person should know though the page was read (a watched component that is not on it).
 */
record CheckOutcome(String url, @Nullable String format, @Nullable Snapshot snapshot, @Nullable String error,
        @Nullable String warning) {

    static CheckOutcome failed(String url, @Nullable String format, String error) {
        return new CheckOutcome(url, format, null, error, null);
    }

    Status status() {
        return snapshot == null ? Status.UNKNOWN : snapshot.status();
    }
}
