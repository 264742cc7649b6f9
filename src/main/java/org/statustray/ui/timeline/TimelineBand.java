package org.statustray.ui.timeline;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;
import org.statustray.model.Status;

/**
 * One row of the timeline: the status of the whole service ({@code componentId} null) or of one component
 * over the period, as consecutive segments from the period's start to its end.
 */
public record TimelineBand(@Nullable String componentId, String name, List<Segment> segments) {

    /** A stretch of time with one status; {@code status} null means nothing is known ("no data"). */
    public record Segment(Instant from, Instant to, @Nullable Status status) {
        public Duration length() {
            return Duration.between(from, to);
        }

        /** Whether anything is known of this stretch: unknown ("could not tell") counts as not known. */
        public boolean isKnown() {
            return status != null && status.isKnown();
        }
    }

    public TimelineBand {
        segments = List.copyOf(segments);
    }

    public boolean isWholeService() {
        return componentId == null;
    }

    /**
     * Statuspage's uptime: (known − major outage − 0.3 × partial outage) / known, in percent; degraded and
     * maintenance count as up, time without data is left out. Empty when nothing is known.
     */
    public OptionalDouble uptime() {
        double known = 0;
        double down = 0;
        for (Segment s : segments) {
            if (!s.isKnown()) {
                continue;
            }
            double ms = s.length().toMillis();
            known += ms;
            if (s.status() == Status.MAJOR_OUTAGE) {
                down += ms;
            } else if (s.status() == Status.PARTIAL_OUTAGE) {
                down += 0.3 * ms;
            }
        }
        return known <= 0 ? OptionalDouble.empty() : OptionalDouble.of(100 * (known - down) / known);
    }

    /**
     * "99.9 %", or "no data". Cut, not rounded, to one decimal, so any outage keeps a band below "100.0 %".
     */
    public String uptimeText() {
        OptionalDouble u = uptime();
        if (u.isEmpty()) {
            return "no data";
        }
        double cut = Math.floor(u.getAsDouble() * 10 + 1e-9) / 10;
        return String.format(Locale.ROOT, "%.1f %%", cut);
    }
}
