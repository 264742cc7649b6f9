package org.statustray.ui.all;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.statustray.model.Incident;
import org.statustray.model.Snapshot;
import org.statustray.model.Status;
import org.statustray.store.IncidentSpan;
import org.statustray.store.StatusSegments;
import org.statustray.store.StoredIncident;
import org.statustray.store.Transition;
import org.statustray.ui.HistoryReads;

/**
 * Reads one service's whole-service band from the store by the timeline's own rule ({@link StatusSegments},
 * {@link IncidentSpan}): the same band its timeline draws first, and the one the overlaps are computed from.
 */
final class BandReads {
    private BandReads() {
    }

    /** Off the FX thread: touches the store and nothing observable. */
    static ServiceBand read(HistoryReads store, AllServicesModel.Watched service, Instant since, Instant at) {
        String id = service.id();
        Optional<Snapshot> snapshot = store.lastSnapshot(id);
        Set<String> listedOpen = new HashSet<>();
        snapshot.ifPresent(s -> s.incidents().stream().filter(Incident::isActive).forEach(i -> listedOpen.add(i.id())));
        List<Incident> incidents = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (StoredIncident s : store.incidents(id, since)) {
            if (seen.add(s.incident().id())) {
                incidents.add(s.incident());
            }
        }
        // an incident still open but quiet since before the period is listed by the last read only
        snapshot.ifPresent(s -> s.incidents().stream().filter(i -> seen.add(i.id())).forEach(incidents::add));
        List<IncidentSpan> spans = new ArrayList<>();
        List<ServiceBand.Why> whys = new ArrayList<>();
        for (Incident i : incidents) {
            IncidentSpan span = IncidentSpan.of(i, listedOpen.contains(i.id()));
            if (span != null && span.openDuring(since, at)) {
                spans.add(span);
                whys.add(new ServiceBand.Why(i.title(), span.from(), span.to()));
            }
        }
        List<Transition> chain = new ArrayList<>();
        for (Transition t : store.transitionsBefore(id, since)) {
            if (t.componentId() == null) {
                chain.add(t);
            }
        }
        for (Transition t : store.transitions(id, since)) {
            if (t.componentId() == null && !t.at().isAfter(at)) {
                chain.add(t);
            }
        }
        List<StatusSegments.Segment> segments = StatusSegments.of(chain, spans, store.backfilledAt(id).isPresent(),
                since, at);
        Status now = snapshot.map(s -> s.watching(service.components())).map(Snapshot::status).orElse(null);
        return new ServiceBand(id, service.name(), segments, ServiceBand.troubledIn(segments), now, whys);
    }
}
