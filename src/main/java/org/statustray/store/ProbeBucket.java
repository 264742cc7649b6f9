package org.statustray.store;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.statustray.model.ProbeFailure;

/**
 * The probes of one service over one stretch of time, summed: how many answered ({@code ok}) and how many
 * did not, their times to the first byte (null when none got that far) and in all, and the kind of the
 * stretch's last failure (null when none failed). Recent stretches are a minute; older ones are longer.
 */
public record ProbeBucket(Instant start, Duration span, int ok, int failed, @Nullable Latency firstByte,
        Latency total, @Nullable ProbeFailure lastFailure) {

    /** Milliseconds over {@code count} probes. */
    public record Latency(long min, long avg, long max, int count) {
    }

    public int probes() {
        return ok + failed;
    }

    public Instant end() {
        return start.plus(span);
    }
}
