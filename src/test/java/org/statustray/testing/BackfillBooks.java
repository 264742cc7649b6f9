package org.statustray.testing;

import java.time.Instant;
import java.util.Optional;
import org.statustray.model.History;
import org.statustray.store.HistoryStore;
import org.statustray.store.UncheckedStoreException;
import org.statustray.watch.Backfill;

/** A backfill kept straight in a history store, for tests (the app's own goes through its history trouble). */
public final class BackfillBooks {
    private BackfillBooks() {
    }

    public static Backfill.Book of(HistoryStore store) {
        return new Backfill.Book() {
            @Override
            public Optional<Instant> backfilledAt(String serviceId) {
                try {
                    return store.backfilledAt(serviceId);
                } catch (UncheckedStoreException e) {
                    throw new Backfill.Unkept(e.getMessage(), e);
                }
            }

            @Override
            public void backfilled(String serviceId, History history) {
                try {
                    store.upsertIncidents(serviceId, history.incidents());
                    store.upsertMaintenances(serviceId, history.maintenances());
                    store.markBackfilled(serviceId, history.incidents().size() + history.maintenances().size());
                } catch (UncheckedStoreException e) {
                    throw new Backfill.Unkept(e.getMessage(), e);
                }
            }
        };
    }
}
