package org.statustray.watch;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.statustray.model.ProbeMinimum;

/**
 * How long after a probe the next one of the same service comes. The chosen interval is never under the
 * host's probe minimum (60 s; loopback 1 s, {@link ProbeMinimum}); while the service's page or probe shows
 * trouble it is 30 s (never more than the chosen one), so that a confirmed failure or recovery is seen soon.
 * Every wait gets up to 10 % jitter, never less.
 */
final class ProbeIntervals {
    static final Duration TROUBLE = Duration.ofSeconds(30);

    private ProbeIntervals() {
    }

    static Duration base(ProbePlan plan, @Nullable String host) {
        Duration minimum = ProbeMinimum.of(host);
        return plan.interval().compareTo(minimum) < 0 ? minimum : plan.interval();
    }

    static Duration next(ProbePlan plan, @Nullable String host, boolean trouble) {
        Duration base = base(plan, host);
        return trouble && TROUBLE.compareTo(base) < 0 ? TROUBLE : base;
    }

    static long jittered(Duration wait, double random) {
        return PollIntervals.jittered(wait.toNanos(), random);
    }
}
