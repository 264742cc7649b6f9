package org.statustray.app;

import java.time.Instant;
import org.statustray.model.Snapshot;
import org.statustray.model.Status;
import org.statustray.store.HistoryStore;

/** The pipeline's history writes, into the store, or nowhere when it could not be opened. */
final class StoreHistory implements WatchPipeline.History {
    private static final System.Logger LOG = System.getLogger(StoreHistory.class.getName());
    private final HistoryStore store;
    private boolean failedOnce;

    private StoreHistory(HistoryStore store) {
        this.store = store;
    }

    static WatchPipeline.History of(HistoryStore store) {
        return new StoreHistory(store);
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
    public void transition(String serviceId, String componentId, Status from, Status to, Instant at) {
        guarded(() -> store.recordTransition(serviceId, componentId, from, to, at));
    }

    /** A full or read-only disk must not stop the watching: it is said once, and memory keeps the state. */
    private void guarded(Runnable write) {
        if (store == null) {
            return;
        }
        try {
            write.run();
        } catch (RuntimeException e) {
            if (!failedOnce) {
                failedOnce = true;
                LOG.log(System.Logger.Level.WARNING, "history cannot be written: " + e.getMessage());
            }
        }
    }
}
