package org.statustray.ui.timeline;

import java.util.List;
import org.statustray.ui.When;

/**
 * What the incident list says when it is empty. "No incidents in the last 24 hours" is a claim about the whole
 * period, so it is made only when the period is wholly known; with nothing known it says there is no data,
 * and with part known, for how much of the period it can speak.
 */
final class EmptyIncidents {
    private EmptyIncidents() {
    }

    /** {@code bands}: the period's bands; the best known of them says how much StatusTray knows. */
    static String text(TimelineModel.Period period, List<TimelineBand> bands) {
        Uptime best = null;
        for (TimelineBand b : bands) {
            Uptime u = Uptime.of(b.segments());
            if (best == null || u.known().compareTo(best.known()) > 0) {
                best = u;
            }
        }
        if (best == null || !best.anyKnown()) {
            return "No data for the last " + period.words() + ": StatusTray has no record of this service then,"
                    + " so it cannot tell whether there were incidents";
        }
        if (!best.wholePeriodKnown()) {
            return "No incidents in the " + When.duration(best.known()) + " StatusTray knows of the last "
                    + period.words() + "; of the rest it has no data";
        }
        return "No incidents in the last " + period.words();
    }
}
