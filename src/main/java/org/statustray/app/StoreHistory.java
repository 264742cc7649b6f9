package org.statustray.app;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.statustray.model.Incident;
import org.statustray.model.ProbeResult;
import org.statustray.model.Snapshot;
import org.statustray.model.Status;
import org.statustray.store.HistoryStore;
import org.statustray.store.Transition;
import org.statustray.watch.HistoryLog;

/**
 * The pipeline's history writes, into the store: those of one poll result are gathered and, at
 * {@link #commit}, handed to the store's writer thread as one transaction, so that the thread handing out
 * poll results never waits for the disk (a page's first read may bring 100,000 components first seen).
 */
final class StoreHistory implements HistoryLog {
    private final HistoryStore store;
    private final HistoryTrouble trouble;
    private final List<Consumer<HistoryStore>> pending = new ArrayList<>(); // guarded by this
    /** The last of {@link #pending} while the writes are status changes one after another; guarded by this. */
    private @Nullable List<Transition> transitions;

    private StoreHistory(HistoryStore store, HistoryTrouble trouble) {
        this.store = store;
        this.trouble = trouble;
    }

    /** A full or read-only disk must not stop the watching: {@code trouble} says so, memory keeps the state. */
    static HistoryLog of(HistoryStore store, HistoryTrouble trouble) {
        return new StoreHistory(store, trouble);
    }

    @Override
    public synchronized void snapshot(String serviceId, Snapshot s) {
        add(h -> h.saveSnapshot(serviceId, s));
    }

    @Override
    public synchronized void incidents(String serviceId, Snapshot s) {
        add(h -> {
            h.upsertIncidents(serviceId, s.incidents());
            h.upsertMaintenances(serviceId, s.maintenances());
        });
    }

    @Override
    public synchronized void transition(String serviceId, @Nullable String componentId, @Nullable Status from, Status to,
            Instant at) {
        Transition t = new Transition(Objects.requireNonNull(serviceId), componentId, from, Objects.requireNonNull(to),
                Objects.requireNonNull(at));
        if (transitions == null) {
            List<Transition> run = new ArrayList<>();
            pending.add(h -> h.recordTransitions(run));
            transitions = run;
        }
        transitions.add(t);
    }

    /**
     * Incidents that left a page, found after its poll (their history read): straight to the writer as a
     * transaction of their own, after every poll's writes already handed over.
     */
    @Override
    public void incidentsEnded(String serviceId, List<Incident> finals, Set<String> unlisted, Set<String> seen,
            Instant at) {
        store.later(() -> trouble.write(() -> store.batch(() -> {
            store.upsertIncidents(serviceId, finals);
            store.closeUnlisted(serviceId, unlisted, seen, at);
        })));
    }

    /** A probe ended: straight to the writer as a transaction of its own (probes come between polls). */
    @Override
    public void probed(String serviceId, ProbeResult result) {
        store.later(() -> trouble.write(() -> store.batch(() -> store.recordProbe(serviceId, result))));
    }

    @Override
    public @Nullable Instant probesFailingSince(String serviceId, Instant at) {
        return trouble.read(() -> Optional.ofNullable(store.probesFailingSince(serviceId, at)), Optional.<Instant>empty())
                .orElse(null);
    }

    /** The start of the service's last run out of operational before {@code at} ({@code unknown} neither ends nor starts one). */
    @Override
    public @Nullable Instant notOperationalSince(String serviceId, Instant at) {
        List<Transition> kept = trouble.read(() -> Optional.of(store.transitions(serviceId, null)),
                Optional.<List<Transition>>empty()).orElse(List.of());
        Instant since = null;
        for (Transition t : kept) {
            if (t.componentId() != null || t.at().isAfter(at) || !t.to().isKnown()) {
                continue;
            }
            if (t.to() == Status.OPERATIONAL) {
                since = null;
            } else if (since == null) {
                since = t.at();
            }
        }
        return since;
    }

    /** With the poll that reported the incident, after its incidents are written: the lead is kept on it. */
    @Override
    public synchronized void pageLag(String serviceId, @Nullable String incidentId, Duration lead, Instant pageAt) {
        if (incidentId != null) {
            add(h -> h.recordLead(serviceId, incidentId, lead));
        }
    }

    /** Hands the writes gathered since the last commit to the writer, as one transaction. */
    @Override
    public synchronized void commit() {
        if (pending.isEmpty()) {
            return;
        }
        List<Consumer<HistoryStore>> writes = List.copyOf(pending);
        pending.clear();
        transitions = null;
        store.later(() -> trouble.write(() -> store.batch(() -> writes.forEach(w -> w.accept(store)))));
    }

    private void add(Consumer<HistoryStore> write) {
        pending.add(write);
        transitions = null;
    }
}
