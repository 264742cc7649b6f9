package org.statustray.watch;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Notices that the machine slept between two ticks of a loop that ticks at least every {@code period}.
 * Two signs, as clocks differ by platform: the monotonic clock jumped far past the period (it ran on during
 * the sleep), or the wall clock moved far more than the monotonic one (which stood still, as Linux's does).
 * The wall clock is only compared here, never used to schedule. Not thread-safe.
 */
final class WakeDetector {
    /** How far past the expected progress counts as a sleep; a busy machine never lags this much. */
    static final Duration SLACK = Duration.ofSeconds(30);

    private final long periodNanos;
    private final long slackNanos;
    private final Duration slack;
    private long lastNanos;
    private @Nullable Instant lastWall;

    WakeDetector(Duration period, Duration slack) {
        this.periodNanos = period.toNanos();
        this.slackNanos = slack.toNanos();
        this.slack = slack;
    }

    /** Records a tick; true when the time since the previous tick shows a sleep (false on the first). */
    boolean tick(long nanos, Instant wall) {
        boolean woke = false;
        if (lastWall != null) {
            long mono = nanos - lastNanos;
            Duration wallAhead = Duration.between(lastWall, wall).minusNanos(mono);
            woke = mono > periodNanos + slackNanos || wallAhead.compareTo(slack) > 0;
        }
        lastNanos = nanos;
        lastWall = wall;
        return woke;
    }
}
