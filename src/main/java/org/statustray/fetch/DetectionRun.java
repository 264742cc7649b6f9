package org.statustray.fetch;

import java.net.URI;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.statustray.source.FormatHints;
import org.statustray.source.Formats;
import org.statustray.source.MultiEndpointReader;
import org.statustray.source.StatusReader;
import org.statustray.source.UnreadableException;

/**
 * One detection: remembers every response so that no URL is asked twice, and what each format said. The
 * bodies it remembers stay paid for from the fetcher's budget until it is closed.
 */
final class DetectionRun implements AutoCloseable {
    private final Fetcher fetcher;
    private final PageReader pages;
    private final Clock clock;
    private final URI given;
    private final Map<URI, FetchResult> responses = new HashMap<>();
    private final Map<String, String> tried = new LinkedHashMap<>();
    private final BodyBudget.Hold hold;
    private PageResult.@Nullable Failed unreachable;

    DetectionRun(Fetcher fetcher, PageReader pages, Clock clock, URI given) {
        this.fetcher = fetcher;
        this.pages = pages;
        this.clock = clock;
        this.given = given;
        this.hold = fetcher.hold();
    }

    @Override
    public void close() {
        hold.close();
    }

    /** The first of {@code formats} that reads, or null (also when the host turned out unreachable). */
    @Nullable PageResult tryFormats(Iterable<String> formats) {
        for (String format : formats) {
            if (unreachable != null) {
                return null;
            }
            StatusReader reader = Formats.named(format).orElse(null);
            if (reader != null && !tried.containsKey(format)) {
                PageResult r = attempt(reader, given);
                if (r != null) {
                    return r;
                }
            }
        }
        return null;
    }

    /** Reads the page itself: it may be the payload (a feed), name its provider, or link a feed. */
    @Nullable PageResult tryLandingPage() {
        if (unreachable != null) {
            return null;
        }
        FetchResult landing = fetch(given);
        if (!(landing instanceof FetchResult.Fresh)) {
            return null;
        }
        for (StatusReader reader : Formats.all()) {
            if (reader.endpoint(given).equals(given) && !tried.containsKey(reader.format())) {
                PageResult r = attempt(reader, given); // reads the landing body already in hand
                if (r != null) {
                    return r;
                }
            }
        }
        byte[] body = ((FetchResult.Fresh) landing).body();
        Set<String> hinted = new LinkedHashSet<>(FormatHints.fromLandingPage(body));
        PageResult found = tryFormats(hinted);
        if (found != null) {
            return found;
        }
        for (URI feed : FormatHints.feedLinks(body, given)) {
            for (String format : List.of("aws-rss", "azure", "feed")) {
                StatusReader reader = Formats.named(format).orElse(null);
                PageResult r = reader == null || unreachable != null ? null : attempt(reader, feed);
                if (r != null) {
                    return r;
                }
            }
        }
        return null;
    }

    PageResult.Failed failure() {
        if (unreachable != null) {
            return unreachable;
        }
        Set<String> reasons = new LinkedHashSet<>(tried.values());
        String what = reasons.size() == 1 ? "every format: " + reasons.iterator().next()
                : String.join("; ", tried.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).toList());
        return new PageResult.Failed(given, FailureKind.UNREADABLE, "no known status format found (" + what + ")", 0, null);
    }

    private @Nullable PageResult attempt(StatusReader reader, URI address) {
        URI endpoint = reader.endpoint(address);
        FetchResult response = fetch(endpoint);
        if (response instanceof FetchResult.Failed) {
            FetchResult.Failed f = (FetchResult.Failed) response;
            tried.put(reader.format(), f.reason());
            if (f.kind() == FailureKind.UNREACHABLE) {
                unreachable = new PageResult.Failed(endpoint, f.kind(), f.reason(), 0, null);
            }
            return null;
        }
        if (!(response instanceof FetchResult.Fresh)) {
            return null;
        }
        FetchResult.Fresh fresh = (FetchResult.Fresh) response;
        try {
            var snapshot = reader.read(fresh.body(), endpoint, clock.instant());
            if (reader instanceof MultiEndpointReader) {
                return pages.read(address, reader, Validators.NONE); // the extras complete the picture
            }
            return new PageResult.Read(endpoint, reader.format(), snapshot, fresh.validators());
        } catch (UnreadableException e) {
            tried.put(reader.format(), e.getMessage());
            return null;
        } catch (RuntimeException e) {
            tried.put(reader.format(), "reader failed: " + e.getClass().getSimpleName());
            return null;
        }
    }

    private FetchResult fetch(URI uri) {
        return responses.computeIfAbsent(uri, u -> fetcher.fetch(u, Validators.NONE, hold));
    }
}
