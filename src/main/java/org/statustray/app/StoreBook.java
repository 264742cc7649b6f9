package org.statustray.app;

import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.statustray.fetch.HistoryPages;
import org.statustray.model.History;
import org.statustray.model.Incident;
import org.statustray.store.HistoryStore;
import org.statustray.store.UncheckedStoreException;
import org.statustray.watch.Backfill;
import org.statustray.watch.HistoryLog;
import org.statustray.watch.IncidentEnds;

/**
 * The history store as the watching's books: where {@link IncidentEnds} finds the open incidents and writes
 * their ends (through the pipeline's history, so that they keep their order among the other writes), how it
 * reads a page's history, and where {@link Backfill} keeps what it read.
 */
final class StoreBook implements IncidentEnds.Book, IncidentEnds.Histories, Backfill.Book {
    private static final System.Logger LOG = System.getLogger(StoreBook.class.getName());
    private final HistoryStore store;
    private final HistoryTrouble trouble;
    private final HistoryLog history;
    private final HistoryPages pages;

    StoreBook(HistoryStore store, HistoryTrouble trouble, HistoryLog history, HistoryPages pages) {
        this.store = store;
        this.trouble = trouble;
        this.history = history;
        this.pages = pages;
    }

    @Override
    public Set<String> openIncidents(String serviceId) {
        return trouble.read(() -> store.openIncidents(serviceId), Set.of());
    }

    @Override
    public void ended(String serviceId, List<Incident> finals, Set<String> unlisted, Set<String> seen, Instant at) {
        history.incidentsEnded(serviceId, finals, unlisted, seen, at);
    }

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
            store.batch(() -> {
                store.upsertIncidents(serviceId, history.incidents());
                store.upsertMaintenances(serviceId, history.maintenances());
                store.markBackfilled(serviceId, history.incidents().size() + history.maintenances().size());
            });
        } catch (UncheckedStoreException e) {
            throw new Backfill.Unkept(e.getMessage(), e);
        }
    }

    @Override
    public Optional<List<Incident>> read(String format, String url) {
        HistoryPages.Result r = pages.read(format, url);
        if (r instanceof HistoryPages.Result.Read read) {
            return Optional.of(read.history().incidents());
        }
        LOG.log(Level.DEBUG, "no final states from the history of {0}: {1}", url, ((HistoryPages.Result.Failed) r).reason());
        return Optional.empty();
    }
}
