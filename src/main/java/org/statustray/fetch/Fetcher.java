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
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.budget = BodyBudget.forHeap(settings.maxBodyBytes());
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
        FetchCall call = start(uri, previous);
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
        return start(uri, previous).result();
    }

    private FetchCall start(URI uri, Validators previous) {
        Objects.requireNonNull(uri, "uri");
        FetchCall call = new FetchCall(client, settings, clock, budget, executor, uri,
                previous == null ? Validators.NONE : previous);
        call.start();
        return call;
    }

    HttpClient client() {
        return client;
    }
}
