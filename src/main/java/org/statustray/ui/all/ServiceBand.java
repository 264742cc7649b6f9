package org.statustray.ui.all;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.statustray.model.Status;
import org.statustray.store.OverlapSpans;
import org.statustray.store.StatusSegments;

/**
 * One service's band in the all-services window: its whole-service status over the period as segments, how
 * long it was not operational in it ({@code troubled}: degraded or an outage, as the overlaps count it), its
 * status now (null: never read), and the incidents that say why.
 */
public record ServiceBand(String serviceId, String name, List<StatusSegments.Segment> segments, Duration troubled, @Nullable Status now,
        List<Why> whys) {

    /** An incident of the service and when it was open ({@code to} null: still open). */
    public record Why(String title, Instant from, @Nullable Instant to) {
        boolean openAt(Instant t) {
            return !from.isAfter(t) && (to == null || to.isAfter(t));
        }
    }

    public ServiceBand {
        segments = List.copyOf(segments);
        whys = List.copyOf(whys);
    }

    /** The band's status at {@code t} (null: nothing known). */
    public @Nullable Status statusAt(Instant t) {
        for (StatusSegments.Segment s : segments) {
            if (!s.from().isAfter(t) && s.to().isAfter(t)) {
                return s.status();
            }
        }
        return null;
    }

    /** Whether it was not operational at {@code t}: a problem known to us. */
    public boolean downAt(Instant t) {
        return OverlapSpans.isDown(statusAt(t));
    }

    /** The titles of its incidents open at {@code t}. */
    public List<String> whyAt(Instant t) {
        return whys.stream().filter(w -> w.openAt(t)).map(Why::title).distinct().toList();
    }

    /** How long the band is not operational: the sum of its problem segments. */
    static Duration troubledIn(List<StatusSegments.Segment> segments) {
        Duration d = Duration.ZERO;
        for (StatusSegments.Segment s : segments) {
            if (OverlapSpans.isDown(s.status())) {
                d = d.plus(Duration.between(s.from(), s.to()));
            }
        }
        return d;
    }
}
