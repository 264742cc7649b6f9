package org.statustray.ui.timeline;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.statustray.model.Status;
import org.statustray.ui.When;

/**
 * The one home of a band's uptime: Statuspage's formula, (known − major outage − 0.3 × partial outage) ÷
 * known, over the time StatusTray knows anything of (degraded and maintenance count as up; "no data" and
 * "could not tell" are left out, never counted as up). How much was known goes with the figure whenever it
 * is not the whole period: "99.2 % of 3 d known"; nothing known at all is "—", never "100.0 %".
 */
record Uptime(Duration known, Duration period, double down) {
    /** What a band with nothing known shows in the uptime column. */
    static final String NONE = "—";

    static Uptime of(List<TimelineBand.Segment> segments) {
        long known = 0;
        long period = 0;
        double down = 0;
        for (TimelineBand.Segment s : segments) {
            long ms = s.length().toMillis();
            period += ms;
            if (!s.isKnown()) {
                continue;
            }
            known += ms;
            if (s.status() == Status.MAJOR_OUTAGE) {
                down += ms;
            } else if (s.status() == Status.PARTIAL_OUTAGE) {
                down += 0.3 * ms;
            }
        }
        return new Uptime(Duration.ofMillis(known), Duration.ofMillis(period), down);
    }

    boolean anyKnown() {
        return known.toMillis() > 0;
    }

    boolean wholePeriodKnown() {
        return anyKnown() && known.compareTo(period) >= 0;
    }

    /** In percent of the known time; empty when nothing is known. */
    OptionalDouble percent() {
        double k = known.toMillis();
        return k <= 0 ? OptionalDouble.empty() : OptionalDouble.of(100 * (k - down) / k);
    }

    /**
     * "99.9 %" over a wholly known period, "99.2 % of 3 d known" over part of it, "—" with nothing known. Cut,
     * not rounded, to one decimal, so any outage keeps a band below "100.0 %".
     */
    String text() {
        OptionalDouble p = percent();
        if (p.isEmpty()) {
            return NONE;
        }
        String figure = String.format(Locale.ROOT, "%.1f %%", Math.floor(p.getAsDouble() * 10 + 1e-9) / 10);
        return wholePeriodKnown() ? figure : figure + " of " + When.duration(known) + " known";
    }

    /** For screen readers: "99.2 % uptime over the 3 d known", "no data, so no uptime". */
    String spoken() {
        if (!anyKnown()) {
            return "no data, so no uptime";
        }
        String figure = text().replace(" of ", " uptime over the ");
        return wholePeriodKnown() ? figure + " uptime" : figure;
    }
}
