package org.statustray.watch;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.statustray.model.ProbeResult;

/**
 * What the probes of one service found: the {@link ServiceState}'s probe part. Written by the
 * {@link WatchPipeline} as each probe is handled ({@link EarlyWarning} keeps its marks here too), read by
 * the {@link ProbePoller} (to probe sooner while in trouble), {@link ItIsMe} and the views. Guarded by this
 * object, a lock taken last: nothing is called while holding it.
 */
final class ProbeRecord {
    /** Probes failing in a row before a service counts as not answering: as a page change, damped. */
    static final int FAILURES_TO_CONFIRM = 3;

    private @Nullable ProbeResult last;
    private int failures;
    private @Nullable Instant failingSince;
    /** The last probe that got any answer from the network (an HTTP status, a TLS or protocol error). */
    private @Nullable Instant answeredAt;
    /** When the early warning of this run of failures was decided (null: not yet). */
    private @Nullable Instant warnedAt;
    /** Whether the page reported the problem during this run of failures (then it tells the rest). */
    private boolean pageSaid;

    /** Takes in a probe's result: a failure extends the run of failures, an answer ends it. */
    synchronized void take(ProbeResult r) {
        take(r, null);
    }

    /**
     * As {@link #take(ProbeResult)}; a failure that starts a run carries on one that began at {@code remembered}
     * (before a restart) when that is given and earlier.
     */
    synchronized void take(ProbeResult r, @Nullable Instant remembered) {
        last = r;
        if (r.hostAnswered()) {
            answeredAt = r.at();
        }
        if (r.reachable()) {
            failures = 0;
            failingSince = null;
            warnedAt = null;
            pageSaid = false;
        } else {
            if (failures++ == 0) {
                failingSince = remembered != null && remembered.isBefore(r.at()) ? remembered : r.at();
            }
        }
    }

    synchronized @Nullable ProbeResult last() {
        return last;
    }

    synchronized int failures() {
        return failures;
    }

    /** Whether the service has stopped answering from here: {@value #FAILURES_TO_CONFIRM} failures in a row. */
    synchronized boolean down() {
        return failures >= FAILURES_TO_CONFIRM;
    }

    synchronized @Nullable Instant failingSince() {
        return failingSince;
    }

    synchronized @Nullable Instant answeredAt() {
        return answeredAt;
    }

    synchronized @Nullable Instant warnedAt() {
        return warnedAt;
    }

    synchronized void warned(Instant at) {
        warnedAt = at;
    }

    synchronized boolean pageSaid() {
        return pageSaid;
    }

    /**
     * The page now reports a problem: how long after this run of failures began (null when the service was
     * not down from here, or the page was no later). Marks the run as told by the page.
     */
    synchronized @Nullable Duration pageCaughtUp(Instant pageAt) {
        if (failures < FAILURES_TO_CONFIRM || pageSaid || failingSince == null) {
            return null;
        }
        pageSaid = true;
        Duration lead = Duration.between(failingSince, pageAt);
        return lead.isNegative() || lead.isZero() ? null : lead;
    }
}
