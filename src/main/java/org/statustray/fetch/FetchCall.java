package org.statustray.fetch;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse.BodySubscriber;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.statustray.source.text.OneLine;

/** One logical fetch: the chain of exchanges (redirect hops) under a single deadline. */
final class FetchCall {
    private static final System.Logger LOG = System.getLogger(FetchCall.class.getName());
    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);
    private static final byte[] NO_BODY = new byte[0];

    private final HttpClient client;
    private final FetchSettings settings;
    private final Clock clock;
    private final BodyBudget budget;
    private final BodyBudget.Hold hold;
    private final URI uri;
    private final Validators previous;
    private final long deadline;
    /** Completed by the hop chain, a timeout or an abort; whichever is first wins. */
    private final CompletableFuture<FetchResult> raw = new CompletableFuture<>();
    private final CompletableFuture<FetchResult> result;
    private volatile URI current;
    private volatile @Nullable CompletableFuture<?> inFlight;
    private volatile @Nullable CappedBodySubscriber body;

    /** The body of a 2xx answer stays paid for in {@code hold} (of {@code budget}) until the caller closes it. */
    FetchCall(HttpClient client, FetchSettings settings, Clock clock, BodyBudget budget, BodyBudget.Hold hold,
            Executor executor, URI uri, Validators previous) {
        this.client = client;
        this.budget = budget;
        this.hold = hold;
        this.settings = settings;
        this.clock = clock;
        this.uri = uri;
        this.current = uri;
        this.previous = previous;
        this.deadline = System.nanoTime() + settings.requestTimeout().toNanos();
        this.result = new CompletableFuture<>();
        raw.orTimeout(settings.requestTimeout().toNanos(), TimeUnit.NANOSECONDS).whenComplete((r, e) -> {
            if (e == null) {
                result.complete(r); // on the thread that ended the exchange: no hop to another
            } else {
                settleOn(executor, e);
            }
        });
        result.whenComplete((r, e) -> {
            if (e instanceof CancellationException) {
                abort(Failures.failed(uri, FailureKind.UNREACHABLE, "cancelled"));
            }
        });
    }

    CompletableFuture<FetchResult> result() {
        return result;
    }

    void start() {
        String refusal = HttpMessages.inputRefusal(uri);
        if (refusal != null) {
            raw.complete(Failures.failed(uri, FailureKind.UNREACHABLE, refusal));
        } else {
            guarded(() -> hop(uri, 0));
        }
    }

    /** Ends the call with {@code outcome} (unless it already ended) and stops any exchange in progress. */
    void abort(FetchResult.Failed outcome) {
        raw.complete(outcome);
        CompletableFuture<?> f = inFlight;
        if (f != null) {
            f.cancel(true);
        }
        CappedBodySubscriber b = body;
        if (b != null) {
            b.abort(new CancellationException("aborted"));
        }
    }

    /** The deadline passed: settled on our executor, not on the JDK's shared timeout thread, which must stay quick. */
    private void settleOn(Executor executor, Throwable e) {
        Runnable settle = () -> {
            FetchResult.Failed failed = Failures.fromThrowable(uri, current, e, settings);
            abort(failed);
            result.complete(failed);
        };
        try {
            executor.execute(settle);
        } catch (RejectedExecutionException rejected) {
            settle.run();
        }
    }

    private void hop(URI target, int redirects) {
        current = target;
        long remaining = deadline - System.nanoTime();
        if (remaining <= 0) {
            raw.complete(Failures.timedOut(uri, settings.requestTimeout()));
            return;
        }
        CompletableFuture<HttpResponse<byte[]>> sent = client.sendAsync(
                HttpMessages.request(target, previous, settings, Duration.ofNanos(remaining)), this::subscriberFor);
        inFlight = sent;
        if (raw.isDone()) {
            sent.cancel(true);
        }
        sent.whenComplete((response, error) -> guarded(() -> {
            if (error != null) {
                raw.complete(Failures.fromThrowable(uri, target, error, settings));
            } else {
                onResponse(response, target, redirects);
            }
        }));
    }

    private BodySubscriber<byte[]> subscriberFor(HttpResponse.ResponseInfo info) {
        if (info.statusCode() == 304) {
            return HttpResponse.BodySubscribers.replacing(NO_BODY); // it has none: the connection stays reusable
        }
        if (info.statusCode() / 100 != 2) {
            return CappedBodySubscriber.ignoring();
        }
        if (HttpMessages.declaredLength(info.headers()) > settings.maxBodyBytes()) {
            return CappedBodySubscriber.rejecting();
        }
        CappedBodySubscriber subscriber = new CappedBodySubscriber(settings.maxBodyBytes(), budget, hold);
        body = subscriber;
        if (raw.isDone()) {
            subscriber.abort(new CancellationException("aborted"));
        }
        return subscriber;
    }

    private void onResponse(HttpResponse<byte[]> response, URI target, int redirects) {
        int status = response.statusCode();
        HttpHeaders headers = response.headers();
        Validators received = HttpMessages.validators(headers);
        if (status / 100 == 2) {
            raw.complete(ContentDecoding.fresh(uri, target, response, received, settings.maxBodyBytes(), budget, hold));
        } else if (status == 304) {
            raw.complete(new FetchResult.NotModified(uri, previous.updatedWith(received)));
        } else if (REDIRECTS.contains(status) && headers.firstValue("Location").isPresent()) {
            redirect(target, headers.firstValue("Location").get().strip(), redirects);
        } else {
            raw.complete(StatusFailures.failed(uri, status, headers, clock));
        }
    }

    private void redirect(URI from, String location, int redirects) {
        URI next = HttpMessages.resolve(from, location);
        String refusal = HttpMessages.redirectRefusal(next, location, redirects, settings.maxRedirects());
        if (refusal != null) {
            raw.complete(Failures.failed(uri, FailureKind.UNREACHABLE, refusal));
        } else {
            hop(Objects.requireNonNull(next), redirects + 1); // no refusal: a valid address
        }
    }

    private void guarded(Runnable step) {
        try {
            step.run();
        } catch (RuntimeException e) {
            // An exception's message may quote what the server sent: an excerpt and where it was thrown, no more
            StackTraceElement[] at = e.getStackTrace();
            LOG.log(System.Logger.Level.DEBUG, "unexpected failure fetching {0}: {1} at {2}", uri,
                    OneLine.of(e.toString(), 200), at.length == 0 ? "?" : at[0]);
            raw.complete(Failures.fromThrowable(uri, current, e, settings));
        }
    }
}
