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
import org.statustray.store.StoredIncident;
import org.statustray.store.Transition;
import org.statustray.ui.HistoryReads;
import org.statustray.ui.TimelineBand;
import org.statustray.ui.TimelineBands;

/** Reads one service's whole-service band from the store, by the timeline's own rule ({@link TimelineBands}). */
final class BandReads {
    private BandReads() {
    }

    /** Off the FX thread: touches the store and nothing observable. */
    static ServiceBand read(HistoryReads store, AllServicesModel.Watched service, Instant since, Instant at) {
        String id = service.id();
        String name = service.name();
        Optional<Snapshot> snapshot = store.lastSnapshot(id);
        List<Incident> incidents = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (StoredIncident s : store.incidents(id, since)) {
            if (seen.add(s.incident().id()) && inPeriod(s.incident(), since, at)) {
                incidents.add(s.incident());
            }
        }
        // an incident still open but quiet since before the period is not among the period's rows
        snapshot.ifPresent(s -> s.incidents().stream().filter(i -> seen.add(i.id()) && inPeriod(i, since, at))
                .forEach(incidents::add));
        Set<String> listedOpen = new HashSet<>();
        snapshot.ifPresent(s -> s.incidents().stream().filter(Incident::isActive).forEach(i -> listedOpen.add(i.id())));
        List<Transition> transitions = new ArrayList<>(store.transitionsBefore(id, since));
        transitions.addAll(store.transitions(id, since));
        boolean complete = store.backfilledAt(id).isPresent();
        TimelineBand band = TimelineBands.build(List.of(new TimelineBands.Row(null, name)), transitions, incidents,
                listedOpen, complete, since, at).get(0);
        List<ServiceBand.Why> whys = new ArrayList<>();
        for (Incident i : incidents) {
            TimelineBands.Span span = TimelineBands.span(i, listedOpen.contains(i.id()));
            if (span != null) {
                whys.add(new ServiceBand.Why(i.title(), span.from(), span.to()));
            }
        }
        Status now = snapshot.map(s -> s.watching(service.components())).map(Snapshot::status).orElse(null);
        return new ServiceBand(id, name, band, ServiceBand.troubledIn(band), now, whys);
    }

    private static boolean inPeriod(Incident i, Instant since, Instant at) {
        Instant end = TimelineBands.end(i);
        return (end == null || !end.isBefore(since)) && (i.started() == null || !i.started().isAfter(at));
    }
}
