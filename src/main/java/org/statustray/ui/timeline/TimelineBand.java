package org.statustray.ui.timeline;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
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

    /** The band's uptime over its known time: {@link Uptime} has the rule. */
    public OptionalDouble uptime() {
        return Uptime.of(segments).percent();
    }

    /** "99.9 %", "99.2 % of 3 d known", or "—" when nothing is known ({@link Uptime#text}). */
    public String uptimeText() {
        return Uptime.of(segments).text();
    }

    /** Whether anything at all is known of the band's period. */
    public boolean anyKnown() {
        return Uptime.of(segments).anyKnown();
    }
}
