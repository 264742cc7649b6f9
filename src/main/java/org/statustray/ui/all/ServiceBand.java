package org.statustray.ui.all;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.statustray.model.Status;
import org.statustray.ui.TimelineBand;

/**
 * One service's band in the all-services window: its whole-service band over the period, how long it was not
 * operational in it ({@code troubled}), its status now (null: never read), and the incidents that say why.
 */
public record ServiceBand(String serviceId, String name, TimelineBand band, Duration troubled, @Nullable Status now,
        List<Why> whys) {

    /** An incident of the service and when it was open ({@code to} null: still open). */
    public record Why(String title, Instant from, @Nullable Instant to) {
        boolean openAt(Instant t) {
            return !from.isAfter(t) && (to == null || to.isAfter(t));
        }
    }

    public ServiceBand {
        whys = List.copyOf(whys);
    }

    /** The band's status at {@code t} (null: nothing known). */
    public @Nullable Status statusAt(Instant t) {
        for (TimelineBand.Segment s : band.segments()) {
            if (!s.from().isAfter(t) && s.to().isAfter(t)) {
                return s.status();
            }
        }
        return null;
    }

    /** Whether it was not operational at {@code t}: a problem known to us. */
    public boolean downAt(Instant t) {
        Status s = statusAt(t);
        return s != null && s.isProblem();
    }

    /** The titles of its incidents open at {@code t}. */
    public List<String> whyAt(Instant t) {
        return whys.stream().filter(w -> w.openAt(t)).map(Why::title).distinct().toList();
    }

    /** How long the band is not operational: the sum of its problem segments. */
    static Duration troubledIn(TimelineBand band) {
        Duration d = Duration.ZERO;
        for (TimelineBand.Segment s : band.segments()) {
            if (s.status() != null && s.status().isProblem()) {
                d = d.plus(s.length());
            }
        }
        return d;
    }
}
