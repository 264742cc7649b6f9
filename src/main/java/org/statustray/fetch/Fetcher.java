package org.statustray.fetch;

import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Downloads a URL over HTTP(S) with conditional GET, gzip, a body cap, a whole-request deadline
 * and hand-followed redirects. It knows nothing about status-page formats. Thread-safe: one
 * instance (and so one {@link HttpClient} and its connection pool) serves all fetches.
 */
public final class Fetcher {
    private static final AtomicInteger THREADS = new AtomicInteger();

    private final FetchSettings settings;
    private final Clock clock;
    private final BodyBudget budget;
    private final ExecutorService executor;
    private final HttpClient client;

    /** @param clock used only to turn a {@code Retry-After} delay into an instant */
    public Fetcher(FetchSettings settings, Clock clock) {
        this(settings, clock, BodyBudget.forHeap(settings.maxBodyBytes()));
    }

    /** With {@code budget} for the bodies in hand at once: tests give the one of a smaller heap than their own. */
    Fetcher(FetchSettings settings, Clock clock, BodyBudget budget) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.budget = Objects.requireNonNull(budget, "budget");
        // Daemon threads, so a Fetcher never keeps the application alive; idle ones end after a minute.
        this.executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "statustray-fetch-" + THREADS.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        HttpClient.Builder builder = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .executor(executor);
        ProxySelector proxies = ProxySelector.getDefault();
        if (proxies != null) {
            builder.proxy(proxies);
        }
        this.client = builder.build();
    }

    public Fetcher() {
        this(FetchSettings.defaults(), Clock.systemUTC());
    }

    /**
     * Fetches {@code uri}, sending {@code previous} (null means {@link Validators#NONE}) as a
     * conditional GET. Blocks at most about {@link FetchSettings#requestTimeout()}. Never throws
     * for network or HTTP faults: they come back as {@link FetchResult.Failed}.
     */
    public FetchResult fetch(URI uri, Validators previous) {
        try (BodyBudget.Hold hold = budget.hold()) {
            return fetch(uri, previous, hold);
        }
    }

    /** A fresh body stays paid for from the shared budget in {@code hold} until it is closed: while it is read. */
    FetchResult fetch(URI uri, Validators previous, BodyBudget.Hold hold) {
        FetchCall call = start(uri, previous, hold);
        try {
            return call.result().get();
        } catch (InterruptedException e) {
            FetchResult.Failed interrupted = Failures.failed(uri, FailureKind.UNREACHABLE, "interrupted");
            call.abort(interrupted);
            Thread.currentThread().interrupt();
            return interrupted;
        } catch (ExecutionException e) {
            return Failures.fromThrowable(uri, uri, e, settings);
        }
    }

    /**
     * Like {@link #fetch} without blocking. The future never completes exceptionally; cancelling it
     * abandons the exchange.
     */
    public CompletableFuture<FetchResult> fetchAsync(URI uri, Validators previous) {
        BodyBudget.Hold hold = budget.hold();
        CompletableFuture<FetchResult> result = fetchAsync(uri, previous, hold);
        result.whenComplete((r, e) -> hold.close());
        return result;
    }

    /** Like {@link #fetchAsync(URI, Validators)}, with a fresh body paid for in {@code hold} until it is closed. */
    CompletableFuture<FetchResult> fetchAsync(URI uri, Validators previous, BodyBudget.Hold hold) {
        return start(uri, previous, hold).result();
    }

    /** A hold for the bodies of one use (a page read, a detection), to be closed when that is done. */
    BodyBudget.Hold hold() {
        return budget.hold();
    }

    private FetchCall start(URI uri, Validators previous, BodyBudget.Hold hold) {
        Objects.requireNonNull(uri, "uri");
        FetchCall call = new FetchCall(client, settings, clock, budget, hold, executor, uri,
                previous == null ? Validators.NONE : previous);
        call.start();
        return call;
    }

    HttpClient client() {
        return client;
    }
}
