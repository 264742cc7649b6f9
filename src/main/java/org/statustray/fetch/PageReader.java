package org.statustray.fetch;

import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;
import org.statustray.source.MultiEndpointReader;
import org.statustray.source.StatusReader;
import org.statustray.source.UnreadableException;

/** Fetches a page's endpoint and reads it with one reader, or finds the reader that understands it. */
public final class PageReader {
    private final Fetcher fetcher;
    private final Clock clock;

    public PageReader(Fetcher fetcher, Clock clock) {
        this.fetcher = fetcher;
        this.clock = clock;
    }

    /**
     * Reads {@code given} (a page root or endpoint URL) as {@code reader}'s format. Never throws. A format
     * spread over several endpoints is always fetched whole, as one endpoint's validators say nothing of
     * the others, and a format whose reading changes with time ({@link StatusReader#readsByAge}) is always
     * read anew. The bodies stay paid for from the fetcher's budget until the reader is done with them.
     */
    public PageResult read(URI given, StatusReader reader, Validators previous) {
        try (BodyBudget.Hold hold = fetcher.hold()) {
            return read(given, reader, previous, hold);
        }
    }

    private PageResult read(URI given, StatusReader reader, Validators previous, BodyBudget.Hold hold) {
        URI endpoint = reader.endpoint(given);
        boolean whole = reader instanceof MultiEndpointReader || reader.readsByAge();
        Validators conditional = whole ? Validators.NONE : previous;
        FetchResult fetched = fetcher.fetch(endpoint, conditional, hold);
        if (fetched instanceof FetchResult.NotModified) {
            return new PageResult.Unchanged(endpoint, ((FetchResult.NotModified) fetched).validators());
        }
        if (fetched instanceof FetchResult.Failed) {
            FetchResult.Failed f = (FetchResult.Failed) fetched;
            return new PageResult.Failed(endpoint, f.kind(), f.reason(), f.httpStatus(), f.retryAt());
        }
        FetchResult.Fresh fresh = (FetchResult.Fresh) fetched;
        try {
            if (reader instanceof MultiEndpointReader) {
                MultiEndpointReader multi = (MultiEndpointReader) reader;
                return new PageResult.Read(endpoint, reader.format(),
                        multi.read(fresh.body(), extras(multi, given, hold), endpoint, clock.instant()), fresh.validators());
            }
            return new PageResult.Read(endpoint, reader.format(),
                    reader.read(fresh.body(), endpoint, clock.instant()), fresh.validators());
        } catch (UnreadableException e) {
            // never null: UnreadableException's constructor gives every one a message
            String reason = Objects.requireNonNullElse(e.getMessage(), "unreadable");
            return new PageResult.Failed(endpoint, FailureKind.UNREADABLE, reason, 0, null);
        } catch (RuntimeException e) {
            // A reader bug must still read as "could not tell", never as an outage or a crash.
            return new PageResult.Failed(endpoint, FailureKind.UNREADABLE,
                    "the " + reader.format() + " reader failed: " + e.getClass().getSimpleName(), 0, null);
        }
    }

    /** The extra endpoints' bodies, fetched together; null where one failed (it only adds detail). */
    private List<byte @Nullable []> extras(MultiEndpointReader reader, URI given, BodyBudget.Hold hold) {
        List<CompletableFuture<FetchResult>> pending = new ArrayList<>();
        for (URI extra : reader.extraEndpoints(given)) {
            pending.add(fetcher.fetchAsync(extra, Validators.NONE, hold));
        }
        List<byte @Nullable []> bodies = new ArrayList<>();
        for (CompletableFuture<FetchResult> f : pending) {
            FetchResult r = f.join();
            bodies.add(r instanceof FetchResult.Fresh ? ((FetchResult.Fresh) r).body() : null);
        }
        return bodies;
    }
}
