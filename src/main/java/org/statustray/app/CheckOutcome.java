package org.statustray.app;

import org.jspecify.annotations.Nullable;
import org.statustray.model.PageTrouble;
import org.statustray.model.ProbeResult;
import org.statustray.model.Snapshot;
import org.statustray.model.Status;
import org.statustray.model.Verdict;

/**
 * One URL's line in {@code check}: a snapshot, or the reason there is none. {@code warning} is something
 * the person should know though the page was read (a watched component that is not on it). With
 * {@code --probe}: the probe of the service's own address (null: it has none) and the verdict. {@code failure}:
 * whether the page was unreachable or unreadable (null when it was read, or when nothing was asked of it: an
 * argument that is no address, or watched components none of which is on the page).
 */
record CheckOutcome(String url, @Nullable String format, @Nullable Snapshot snapshot, @Nullable String error,
        @Nullable String warning, @Nullable ProbeResult probe, @Nullable Verdict verdict, @Nullable PageTrouble failure) {

    CheckOutcome(String url, @Nullable String format, @Nullable Snapshot snapshot, @Nullable String error,
            @Nullable String warning) {
        this(url, format, snapshot, error, warning, null, null, null);
    }

    static CheckOutcome failed(String url, @Nullable String format, String error) {
        return new CheckOutcome(url, format, null, error, null);
    }

    /** A page that could not be read: {@code error} says why, {@code failure} which of the two it is. */
    static CheckOutcome unread(String url, @Nullable String format, String error, PageTrouble failure) {
        return new CheckOutcome(url, format, null, error, null, null, null, failure);
    }

    CheckOutcome judged(@Nullable ProbeResult result, Verdict judged) {
        return new CheckOutcome(url, format, snapshot, error, warning, result, judged, failure);
    }

    Status status() {
        return snapshot == null ? Status.UNKNOWN : snapshot.status();
    }
}
