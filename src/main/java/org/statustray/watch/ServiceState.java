package org.statustray.watch;

import java.time.Instant;
import java.util.Set;
import org.statustray.model.Snapshot;
import org.statustray.model.Status;

/**
 * What the watcher knows of one service between reads: the last good snapshot (kept through failures),
 * the watched component ids, failures in a row, and a status change seen once and not yet confirmed.
 */
final class ServiceState {
    static final int FAILURES_BEFORE_UNKNOWN = 3;

    Snapshot lastGood;
    /** The last page as read, before watching; a "not modified" answer means this again. */
    Snapshot lastRead;
    Set<String> watchedIds;
    int failures;
    boolean unknown;
    String lastReason;
    /** A read whose status differs from {@link #lastGood}'s, waiting for the next read to confirm it. */
    Snapshot pending;
    Instant pendingSince;

    /** The status as the person should see it: unknown after repeated failures, else the last good one. */
    Status shown() {
        return unknown || lastGood == null ? Status.UNKNOWN : lastGood.status();
    }
}
