package org.statustray.store;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Runs of failed probes in a service's kept buckets. */
final class ProbeRuns {
    /** A longer stretch without probes than this (the app was not running) ends what came before. */
    static final Duration GAP = Duration.ofMinutes(15);

    private ProbeRuns() {
    }

    /**
     * The start of the run of failures the buckets end with, if they reach up to {@code at} without a gap:
     * the first bucket after the last one in which a probe answered, or that one itself when probes also
     * failed in it (its answer came first, as far as a bucket can tell). Null when the newest bucket answered.
     */
    static @Nullable Instant failingSince(List<ProbeBucket> oldestFirst, Instant at) {
        Instant start = null;
        Instant next = at;
        for (int i = oldestFirst.size() - 1; i >= 0; i--) {
            ProbeBucket b = oldestFirst.get(i);
            if (b.end().plus(GAP).isBefore(next)) {
                break;
            }
            if (b.ok() > 0) {
                return b.failed() > 0 ? b.start() : start;
            }
            if (b.failed() > 0) {
                start = b.start();
            }
            next = b.start();
        }
        return start;
    }
}
