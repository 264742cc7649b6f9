package org.statustray.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.statustray.model.Incident;
import org.statustray.model.Overlap;
import org.statustray.model.Snapshot;

/**
 * When one service as a whole was not operational over a period ({@link StatusSegments}' rule for its
 * whole-service band), and its incidents then, each with the time it paints.
 */
record ServiceDown(String serviceId, List<Period> down, List<Known> incidents) {
    /** An incident of the service, with the time it paints. */
    record Known(IncidentSpan span, Overlap.OverlapIncident incident) {
    }

    /** A stretch of time it was down. */
    record Period(Instant from, Instant to) {
    }

    boolean downAt(Instant t) {
        for (Period p : down) {
            if (!p.from().isAfter(t) && p.to().isAfter(t)) {
                return true;
            }
        }
        return false;
    }

    /** When it went down in the stretch it was down during [a, b) (b null: up to now); its start, if it was not. */
    Instant wentDown(Instant a, @Nullable Instant b) {
        for (Period p : down) {
            if ((b == null || p.from().isBefore(b)) && p.to().isAfter(a)) {
                return p.from();
            }
        }
        return a;
    }

    static ServiceDown read(OverlapSpans.Reads reads, String id, Instant from, Instant to) {
        Optional<Snapshot> snapshot = reads.lastSnapshot(id);
        Set<String> listedOpen = new HashSet<>();
        snapshot.ifPresent(s -> s.incidents().stream().filter(Incident::isActive).forEach(i -> listedOpen.add(i.id())));
        List<Incident> all = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (StoredIncident s : reads.incidents(id, from)) {
            all.add(s.incident());
            seen.add(s.incident().id());
        }
        // An incident still open but quiet since before the period is listed by the last read only.
        snapshot.ifPresent(s -> s.incidents().stream().filter(i -> !seen.contains(i.id())).forEach(all::add));
        List<Known> incidents = new ArrayList<>();
        for (Incident i : all) {
            IncidentSpan span = IncidentSpan.of(i, listedOpen.contains(i.id()));
            if (span != null && span.openDuring(from, to)) {
                incidents.add(new Known(span, new Overlap.OverlapIncident(id, i.id(), i.title())));
            }
        }
        List<Transition> chain = new ArrayList<>();
        for (Transition t : reads.transitionsBefore(id, from)) {
            if (t.componentId() == null) {
                chain.add(t);
            }
        }
        for (Transition t : reads.transitions(id, from)) {
            if (t.componentId() == null && !t.at().isAfter(to)) {
                chain.add(t);
            }
        }
        List<Period> down = new ArrayList<>();
        for (StatusSegments.Segment s : StatusSegments.of(chain, incidents.stream().map(Known::span).toList(),
                reads.backfilled(id), from, to)) {
            if (OverlapSpans.isDown(s.status())) {
                down.add(new Period(s.from(), s.to()));
            }
        }
        return new ServiceDown(id, down, incidents);
    }
}
