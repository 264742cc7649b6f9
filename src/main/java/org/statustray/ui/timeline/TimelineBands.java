package org.statustray.ui.timeline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.statustray.model.Incident;
import org.statustray.store.IncidentSpan;
import org.statustray.store.StatusSegments;
import org.statustray.store.Transition;

/**
 * Builds the bands of a period from the store's transitions and incidents: {@link StatusSegments} has the
 * rule for a band's status at any instant, {@link IncidentSpan} how long an incident paints.
 * <p>
 * Which incidents concern a band: a component's band, those that name that component; the whole service's
 * band, every incident (its impact is the service's). An incident that names no component paints the whole
 * service's band only: the page did not say which parts it hurt.
 */
final class TimelineBands {
    /** A band to build: the whole service ({@code componentId} null) or one component. */
    record Row(@Nullable String componentId, String name) {
    }

    /** The phase the store gives an incident StatusTray ended because the page stopped listing it. */
    static final String UNLISTED = IncidentSpan.UNLISTED;

    private TimelineBands() {
    }

    /** {@code listedOpen}: the ids of the incidents StatusTray's last read of the page lists as open. */
    static List<TimelineBand> build(List<Row> rows, List<Transition> transitions, List<Incident> incidents,
            Set<String> listedOpen, boolean historyComplete, Instant from, Instant to) {
        List<IncidentSpan> spans = new ArrayList<>();
        for (Incident i : incidents) {
            IncidentSpan s = IncidentSpan.of(i, listedOpen.contains(i.id()));
            if (s != null) {
                spans.add(s);
            }
        }
        List<TimelineBand> bands = new ArrayList<>();
        for (Row row : rows) {
            List<Transition> chain = transitions.stream()
                    .filter(t -> Objects.equals(t.componentId(), row.componentId()))
                    .filter(t -> !t.at().isAfter(to)) // one before the period gives the status at its start
                    .toList();
            List<IncidentSpan> concerning = spans.stream().filter(s -> s.concerns(row.componentId())).toList();
            List<TimelineBand.Segment> segments = StatusSegments.of(chain, concerning, historyComplete, from, to)
                    .stream().map(s -> new TimelineBand.Segment(s.from(), s.to(), s.status())).toList();
            bands.add(new TimelineBand(row.componentId(), row.name(), segments));
        }
        return bands;
    }

    /** @see IncidentSpan#end */
    static @Nullable Instant end(Incident i) {
        return IncidentSpan.end(i);
    }

    /** @see IncidentSpan#paintsUntil */
    static @Nullable Instant paintsUntil(Incident i, boolean listedOpen) {
        return IncidentSpan.paintsUntil(i, listedOpen);
    }
}
