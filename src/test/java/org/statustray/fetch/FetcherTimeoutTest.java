package org.statustray.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.statustray.fetch.FetchAssertions.assertFailed;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.statustray.testing.LocalServer;

/** The whole-request deadline, cancellation and interruption: nothing keeps reading afterwards. */
@Timeout(10)
class FetcherTimeoutTest {
    private final LocalServer server = LocalServer.start();
    private final CountDownLatch release = new CountDownLatch(1);
    private final Fetcher fetcher = new Fetcher(FetchSettings.defaults().withRequestTimeout(Duration.ofMillis(300)),
            Clock.systemUTC());

    @AfterEach
    void stop() {
        release.countDown();
        server.close();
    }

    @Test
    void serverThatNeverAnswersTimesOutQuickly() {
        server.route("/silent", ex -> awaitRelease());

        long start = System.nanoTime();
        FetchResult.Failed failed = assertFailed(fetcher.fetch(server.uri("/silent"), Validators.NONE), FailureKind.UNREACHABLE);

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(1500));
        assertThat(failed.reason()).isEqualTo("no answer within 300 ms");
    }

    @Test
    void bodyThatNeverFinishesTimesOutAndTheConnectionIsDropped() throws InterruptedException {
        CountDownLatch clientGone = new CountDownLatch(1);
        server.route("/drip", ex -> drip(ex, new CountDownLatch(1), clientGone));

        long start = System.nanoTime();
        FetchResult.Failed failed = assertFailed(fetcher.fetch(server.uri("/drip"), Validators.NONE), FailureKind.UNREACHABLE);

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(1500));
        assertThat(failed.reason()).isEqualTo("no answer within 300 ms");
        assertThat(clientGone.await(5, TimeUnit.SECONDS)).as("the client closed the connection").isTrue();
    }

    @Test
    void cancellingTheAsyncFetchDropsTheConnection() throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch clientGone = new CountDownLatch(1);
        server.route("/drip", ex -> drip(ex, started, clientGone));
        Fetcher patient = new Fetcher(FetchSettings.defaults(), Clock.systemUTC());

        CompletableFuture<FetchResult> future = patient.fetchAsync(server.uri("/drip"), Validators.NONE);
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
        future.cancel(true);

        assertThat(clientGone.await(5, TimeUnit.SECONDS)).as("the client closed the connection").isTrue();
    }

    @Test
    void asyncTimeoutCompletesNormally() {
        server.route("/silent", ex -> awaitRelease());

        FetchResult result = fetcher.fetchAsync(server.uri("/silent"), Validators.NONE).join();

        assertThat(assertFailed(result, FailureKind.UNREACHABLE).reason()).startsWith("no answer within");
    }

    @Test
    void interruptedCallerGetsFailedAndKeepsTheInterruptFlag() {
        server.route("/silent", ex -> awaitRelease());
        Fetcher patient = new Fetcher(FetchSettings.defaults(), Clock.systemUTC());

        Thread.currentThread().interrupt();
        FetchResult result = patient.fetch(server.uri("/silent"), Validators.NONE);

        assertThat(Thread.interrupted()).isTrue();
        assertThat(assertFailed(result, FailureKind.UNREACHABLE).reason()).isEqualTo("interrupted");
    }

    /** Sends headers, then one byte every 25 ms until the client goes away (or 10 s pass). */
    private static void drip(HttpExchange ex, CountDownLatch started, CountDownLatch clientGone) throws IOException {
        ex.sendResponseHeaders(200, 100_000);
        OutputStream out = ex.getResponseBody();
        started.countDown();
        try {
            for (int i = 0; i < 400; i++) {
                out.write('x');
                out.flush();
                Thread.sleep(25);
            }
        } catch (IOException e) {
            clientGone.countDown();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void awaitRelease() {
        try {
            release.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
