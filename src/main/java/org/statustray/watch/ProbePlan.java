package org.statustray.watch;

import java.time.Duration;
import java.util.Objects;

/**
 * The probe settings the watching follows: probing at all ({@code on}), the chosen interval (the schedule
 * keeps it above the host's minimum, {@link ProbeIntervals}), the longest one probe may take before it is
 * counted as timed out, and whether a service that stops answering while its page says operational is told
 * ({@code earlyWarning}).
 */
public record ProbePlan(boolean on, Duration interval, Duration timeout, boolean earlyWarning) {
    public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(60);
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
    /** No probing at all. */
    public static final ProbePlan OFF = new ProbePlan(false, DEFAULT_INTERVAL, DEFAULT_TIMEOUT, false);
    /** Probing every minute with early warnings: the defaults. */
    public static final ProbePlan DEFAULT = new ProbePlan(true, DEFAULT_INTERVAL, DEFAULT_TIMEOUT, true);

    public ProbePlan {
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(timeout, "timeout");
        if (interval.isNegative() || interval.isZero() || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("a probe interval and timeout are positive: " + interval + ", " + timeout);
        }
    }
}
