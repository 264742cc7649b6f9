package org.statustray.watch;

import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.statustray.fetch.Fetcher;
import org.statustray.fetch.HistoryPages;
import org.statustray.model.History;
import org.statustray.model.ServiceConfig;

/**
 * Fills the history with a service's past incidents and maintenances from its history endpoint (Statuspage
 * {@code /api/v2/incidents.json}, Slack's history, GCP's {@code incidents.json}, feeds, …). Never throws:
 * a page without history, or one that cannot be read, is a {@link Result.Failed} with the reason.
 */
public final class Backfill {
    private static final System.Logger LOG = System.getLogger(Backfill.class.getName());

    /** What a backfill did. */
    public sealed interface Result permits Result.Done, Result.Failed {
        /** The history was read and stored: this many incidents and maintenances. */
        record Done(int incidents, int maintenances) implements Result {
            public int count() {
                return incidents + maintenances;
            }
        }

        /** Nothing was stored; {@code reason} is one line for a person. */
        record Failed(String reason) implements Result {
        }
    }

    /** Where a backfill is kept (the history store, in the app). */
    public interface Book {
        /** When the service's history was last read in, if ever. */
        Optional<Instant> backfilledAt(String serviceId);

        /** Keeps what the history endpoint listed, and that it was read; {@link Unkept} when it cannot. */
        void backfilled(String serviceId, History history);
    }

    /** What a {@link Book} throws when it cannot keep or read: the reason is one line for a person. */
    public static final class Unkept extends RuntimeException {
        private static final long serialVersionUID = 1L;

        private final String reason;

        public Unkept(@Nullable String reason, Throwable cause) {
            super(reason, cause);
            this.reason = reason == null ? cause.getClass().getSimpleName() : reason;
        }

        public String reason() {
            return reason;
        }
    }

    private final HistoryPages pages;
    private final Book book;

    public Backfill(Fetcher fetcher, Book book) {
        this.pages = new HistoryPages(fetcher);
        this.book = book;
    }

    /**
     * Backfills a service that was never backfilled; empty when it already was. The service's format must
     * be a real one ({@code auto} has to be detected first); a failure is not remembered, so the next
     * start tries again.
     */
    public Optional<Result> ifNeverDone(ServiceConfig service) {
        try {
            if (book.backfilledAt(service.id()).isPresent()) {
                return Optional.empty();
            }
        } catch (Unkept e) {
            return Optional.of(new Result.Failed(e.reason()));
        }
        return Optional.of(run(service.id(), service.url(), service.format()));
    }

    /** Reads {@code url}'s history as {@code format} and stores it under {@code serviceId}. */
    public Result run(String serviceId, String url, String format) {
        Result r;
        try {
            r = fetchAndStore(serviceId, url, format);
        } catch (Unkept e) {
            r = new Result.Failed(e.reason());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "backfilling " + serviceId + " failed", e);
            r = new Result.Failed("reading the history failed: " + e.getClass().getSimpleName());
        }
        if (r instanceof Result.Failed f) {
            LOG.log(Level.INFO, "no history for {0}: {1}", serviceId, f.reason());
        }
        return r;
    }

    private Result fetchAndStore(String serviceId, String url, String format) {
        HistoryPages.Result read = pages.read(format, url);
        if (read instanceof HistoryPages.Result.Failed f) {
            return new Result.Failed(f.reason());
        }
        History history = ((HistoryPages.Result.Read) read).history();
        book.backfilled(serviceId, history);
        return new Result.Done(history.incidents().size(), history.maintenances().size());
    }
}
