package org.statustray.ui.history;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.statustray.store.IncidentSpan;

/**
 * For one incident, the incidents of other services open at the same time ("At the same time" in the detail).
 * How long each incident counts as open is the timeline's rule ({@link IncidentSpan}): up to the end the page
 * gave it, up to now while the last read of its page lists it open, and for one the page never closed only
 * up to its last word, so an incident nobody closed does not overlap the months after it.
 */
final class AtTheSameTime {
    static final AtTheSameTime NONE = new AtTheSameTime(List.of());

    private record Painted(HistoryRow row, IncidentSpan span) {
    }

    private final List<Painted> painted;

    private AtTheSameTime(List<Painted> painted) {
        this.painted = painted;
    }

    /** {@code listedOpen}: the {@link #openKey}s of the incidents the last reads of their pages list as open. */
    static AtTheSameTime of(List<HistoryRow> rows, Set<String> listedOpen) {
        List<Painted> painted = new ArrayList<>();
        for (HistoryRow r : rows) {
            IncidentSpan s = IncidentSpan.of(r.incident(), listedOpen.contains(openKey(r.serviceId(), r.incident().id())));
            if (s != null) {
                painted.add(new Painted(r, s));
            }
        }
        painted.sort(Comparator.comparing(p -> p.span().from()));
        return new AtTheSameTime(List.copyOf(painted));
    }

    static String openKey(String serviceId, String incidentId) {
        return serviceId + '\u0000' + incidentId;
    }

    /** The incidents of other services open at some time while {@code row} was, oldest start first. */
    List<HistoryRow> others(HistoryRow row) {
        IncidentSpan mine = null;
        for (Painted p : painted) {
            if (p.row().key().equals(row.key())) {
                mine = p.span();
            }
        }
        if (mine == null) {
            return List.of();
        }
        List<HistoryRow> out = new ArrayList<>();
        for (Painted p : painted) {
            if (!p.row().serviceId().equals(row.serviceId()) && p.span().openDuring(mine.from(), mine.to())) {
                out.add(p.row());
            }
        }
        return out;
    }
}
