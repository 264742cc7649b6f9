package org.statustray.app;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.statustray.model.Incident;
import org.statustray.model.Snapshot;
import org.statustray.model.Status;
import org.statustray.store.HistoryStore;

/** The pipeline's history writes, into the store, or nowhere when it could not be opened. */
final class StoreHistory implements WatchPipeline.History {
    private final HistoryStore store;
    private final HistoryTrouble trouble;

    private StoreHistory(HistoryStore store, HistoryTrouble trouble) {
        this.store = store;
        this.trouble = trouble;
    }

    /** A full or read-only disk must not stop the watching: {@code trouble} says so, memory keeps the state. */
    static WatchPipeline.History of(HistoryStore store, HistoryTrouble trouble) {
        return new StoreHistory(store, trouble);
    }

    @Override
    public void snapshot(String serviceId, Snapshot s) {
        guarded(() -> store.saveSnapshot(serviceId, s));
    }

    @Override
    public void incidents(String serviceId, Snapshot s) {
        guarded(() -> {
            store.upsertIncidents(serviceId, s.incidents());
            store.upsertMaintenances(serviceId, s.maintenances());
        });
    }

    @Override
    public void incidentsEnded(String serviceId, List<Incident> finals, Set<String> unlisted, Instant at) {
        guarded(() -> {
            store.upsertIncidents(serviceId, finals);
            store.closeUnlisted(serviceId, unlisted, at);
        });
    }

    @Override
    public void transition(String serviceId, String componentId, Status from, Status to, Instant at) {
        guarded(() -> store.recordTransition(serviceId, componentId, from, to, at));
    }

    private void guarded(Runnable write) {
        if (store != null) {
            trouble.write(write);
        }
    }
}
