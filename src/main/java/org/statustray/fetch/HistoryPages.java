package org.statustray.fetch;

import java.net.URI;
import java.util.Optional;
import org.statustray.model.History;
import org.statustray.source.Formats;
import org.statustray.source.HistoryReader;
import org.statustray.source.StatusReader;
import org.statustray.source.UnreadableException;

/**
 * Reads a page's history endpoint: past incidents and maintenances, resolved ones included (Statuspage
 * {@code /api/v2/incidents.json}, Slack's history, GCP's {@code incidents.json}, feeds, …). Never throws:
 * a format without history, or a page that cannot be read, is a {@link Result.Failed} with the reason.
 */
public final class HistoryPages {
    /** What reading a history endpoint gave. */
    public sealed interface Result permits Result.Read, Result.Failed {
        record Read(URI endpoint, History history) implements Result {
        }

        /** {@code reason} is one line for a person. */
        record Failed(String reason) implements Result {
        }
    }

    private final Fetcher fetcher;

    public HistoryPages(Fetcher fetcher) {
        this.fetcher = fetcher;
    }

    /** Whether {@code format} has a history endpoint at all. */
    public static boolean hasHistory(String format) {
        return format != null && Formats.named(format).filter(r -> r instanceof HistoryReader).isPresent();
    }

    /** Reads the history of the page at {@code url} (a page root or an endpoint) in {@code format}. */
    public Result read(String format, String url) {
        Optional<StatusReader> reader = format == null ? Optional.empty() : Formats.named(format);
        if (reader.isEmpty() || !(reader.get() instanceof HistoryReader)) {
            return new Result.Failed(format == null || Formats.AUTO.equals(format)
                    ? "the page's format is not known yet"
                    : "the " + format + " format has no history endpoint");
        }
        HistoryReader historyReader = (HistoryReader) reader.get();
        URI endpoint;
        try {
            endpoint = historyReader.historyEndpoint(URI.create(url));
        } catch (IllegalArgumentException | NullPointerException e) {
            return new Result.Failed("not a usable address: " + url);
        }
        FetchResult fetched = fetcher.fetch(endpoint, Validators.NONE);
        if (fetched instanceof FetchResult.Failed f) {
            return new Result.Failed(endpoint + ": " + f.reason());
        }
        if (!(fetched instanceof FetchResult.Fresh fresh)) {
            return new Result.Failed(endpoint + ": the server answered 304 to a plain request");
        }
        try {
            return new Result.Read(endpoint, historyReader.readHistory(fresh.body(), endpoint));
        } catch (UnreadableException e) {
            return new Result.Failed(endpoint + ": " + e.getMessage());
        }
    }
}
