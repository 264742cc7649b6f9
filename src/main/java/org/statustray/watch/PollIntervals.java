package org.statustray.watch;

import java.time.Duration;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.statustray.fetch.WebAddress;
import org.statustray.model.AppConfig;
import org.statustray.model.PollMinimum;
import org.statustray.model.ServiceConfig;

/** The rules that turn a service's config and recent history into the wait before its next poll. */
final class PollIntervals {
    static final Duration DEFAULT = Duration.ofSeconds(AppConfig.DEFAULT_INTERVAL_SECONDS);
    static final Duration REMOTE_MINIMUM = Duration.ofSeconds(PollMinimum.REMOTE_SECONDS);
    static final Duration LOOPBACK_MINIMUM = Duration.ofSeconds(PollMinimum.LOOPBACK_SECONDS);
    static final Duration FAST = Duration.ofSeconds(20);
    static final Duration MAX_BACKOFF = Duration.ofMinutes(15);
    /** A {@code Retry-After} is honoured up to this; a longer one (24 h by mistake) must not silence a page. */
    static final Duration MAX_RETRY_AFTER = Duration.ofHours(1);
    static final double JITTER = 0.10;

    private PollIntervals() {
    }

    /** The service's own interval, else the global one, else 60 s; never under its host's minimum. */
    static Duration base(ServiceConfig service, int globalSeconds) {
        Integer own = service.pollIntervalSeconds();
        Duration chosen = own != null && own > 0 ? Duration.ofSeconds(own)
                : globalSeconds > 0 ? Duration.ofSeconds(globalSeconds) : DEFAULT;
        Duration minimum = minimumFor(host(service.url()));
        return chosen.compareTo(minimum) < 0 ? minimum : chosen;
    }

    /** Faster polling while a service has a problem: 20 s, but never under the minimum nor over the base. */
    static Duration fast(Duration base, @Nullable String host) {
        Duration fast = max(FAST, minimumFor(host));
        return fast.compareTo(base) < 0 ? fast : base;
    }

    /**
     * After a read that moved the status: the next read confirms or undoes it, so it comes as soon as the
     * host's minimum allows (a change is told only once confirmed).
     */
    static Duration confirm(Duration base, @Nullable String host) {
        Duration minimum = minimumFor(host);
        return minimum.compareTo(base) < 0 ? minimum : base;
    }

    /** After {@code failures} failures in a row: base × 2^(failures−1), at most 15 min (or base if longer). */
    static Duration backoff(Duration base, int failures) {
        int doublings = Math.min(Math.max(failures - 1, 0), 20);
        Duration grown = base.multipliedBy(1L << doublings);
        return max(base, grown.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : grown);
    }

    /** {@code delay} plus up to 10 % of it, never less: jitter spreads polls but keeps the minimums. */
    static long jittered(long delayNanos, double random) {
        double r = Math.min(Math.max(random, 0.0), 1.0);
        return delayNanos + (long) (delayNanos * JITTER * r);
    }

    static Duration minimumFor(@Nullable String host) {
        return PollMinimum.of(host);
    }

    /** The lower-cased host of a configured URL, or null when it is not an http(s) address. */
    static @Nullable String host(@Nullable String url) {
        if (url == null) {
            return null;
        }
        try {
            return WebAddress.parse(url).getHost().toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static boolean isLoopback(String host) {
        return PollMinimum.isLoopback(host);
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
