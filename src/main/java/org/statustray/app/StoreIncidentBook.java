package org.statustray.app;

import org.statustray.watch.HistoryLog;
import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.statustray.fetch.HistoryPages;
import org.statustray.model.Incident;
import org.statustray.store.HistoryStore;
import org.statustray.watch.IncidentEnds;

/**
 * Where {@link IncidentEnds} finds the open incidents (the store) and writes their ends (the pipeline's
 * history, so that they keep their order among the other writes), and how it reads a page's history.
 */
final class StoreIncidentBook implements IncidentEnds.Book, IncidentEnds.Histories {
    private static final System.Logger LOG = System.getLogger(StoreIncidentBook.class.getName());
    private final HistoryStore store;
    private final HistoryTrouble trouble;
    private final HistoryLog history;
    private final HistoryPages pages;

    StoreIncidentBook(HistoryStore store, HistoryTrouble trouble, HistoryLog history, HistoryPages pages) {
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
    public void ended(String serviceId, List<Incident> finals, Set<String> unlisted, Instant at) {
        history.incidentsEnded(serviceId, finals, unlisted, at);
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
