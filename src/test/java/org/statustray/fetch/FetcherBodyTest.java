package org.statustray.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.statustray.fetch.FetchAssertions.assertFailed;
import static org.statustray.fetch.FetchAssertions.assertFresh;
import static org.statustray.fetch.FetchAssertions.gzip;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.statustray.testing.LocalServer;

/** Body decoding and the body-size cap. */
@Timeout(10)
class FetcherBodyTest {
    private static final int CAP = 1024;

    private final LocalServer server = LocalServer.start();
    private final CountDownLatch release = new CountDownLatch(1);
    private final Fetcher fetcher = new Fetcher(
            FetchSettings.defaults().withMaxBodyBytes(CAP).withRequestTimeout(Duration.ofSeconds(5)), Clock.systemUTC());

    @AfterEach
    void stop() {
        release.countDown();
        server.close();
    }

    @Test
    void corruptGzipIsUnreadable() {
        byte[] broken = gzip("{\"a\":1}".repeat(20).getBytes(StandardCharsets.UTF_8));
        Arrays.fill(broken, 12, broken.length - 8, (byte) 0x55);
        server.route("/gz", ex -> {
            ex.getResponseHeaders().set("Content-Encoding", "gzip");
            LocalServer.respond(ex, 200, "application/json", broken);
        });

        FetchResult.Failed failed = assertFailed(fetcher.fetch(server.uri("/gz"), Validators.NONE), FailureKind.UNREADABLE);

        assertThat(failed.reason()).isEqualTo("the server sent a corrupt gzip body");
        assertThat(failed.httpStatus()).isZero();
    }

    @Test
    void unknownContentEncodingIsUnreadable() {
        server.route("/br", ex -> {
            ex.getResponseHeaders().set("Content-Encoding", "br");
            LocalServer.respond(ex, 200, "application/json", new byte[] {1, 2, 3});
        });

        FetchResult.Failed failed = assertFailed(fetcher.fetch(server.uri("/br"), Validators.NONE), FailureKind.UNREADABLE);

        assertThat(failed.reason()).contains("unsupported content encoding").contains("br");
    }

    @Test
    void bodyExactlyAtTheCapIsAccepted() {
        server.json("/exact", 200, new byte[CAP]);

        assertThat(assertFresh(fetcher.fetch(server.uri("/exact"), Validators.NONE)).body()).hasSize(CAP);
    }

    @Test
    void bodyWithContentLengthOverTheCapIsTooLarge() {
        server.json("/big", 200, new byte[CAP + 1]);

        FetchResult.Failed failed = assertFailed(fetcher.fetch(server.uri("/big"), Validators.NONE), FailureKind.TOO_LARGE);

        assertThat(failed.reason()).isEqualTo("the response is larger than 1 KB");
    }

    @Test
    void declaredContentLengthOverTheCapFailsWithoutWaitingForTheBody() {
        server.route("/huge", ex -> {
            ex.sendResponseHeaders(200, 50_000_000L);
            ex.getResponseBody().flush();
            awaitRelease();
        });

        long start = System.nanoTime();
        assertFailed(fetcher.fetch(server.uri("/huge"), Validators.NONE), FailureKind.TOO_LARGE);

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void chunkedBodyWithoutContentLengthOverTheCapIsTooLarge() {
        server.route("/chunked", ex -> {
            ex.getResponseHeaders().set("Content-Type", "application/json");
            ex.sendResponseHeaders(200, 0);
            try (OutputStream out = ex.getResponseBody()) {
                for (int i = 0; i < 20; i++) {
                    out.write(new byte[512]);
                    out.flush();
                }
            }
        });

        assertFailed(fetcher.fetch(server.uri("/chunked"), Validators.NONE), FailureKind.TOO_LARGE);
    }

    @Test
    void gzipBombStopsAtTheDecodedCap() {
        byte[] bomb = gzip(new byte[8 * 1024 * 1024]);
        assertThat(bomb.length).isLessThan(16 * 1024);
        Fetcher roomy = new Fetcher(FetchSettings.defaults().withMaxBodyBytes(64 * 1024), Clock.systemUTC());
        server.route("/bomb", ex -> {
            ex.getResponseHeaders().set("Content-Encoding", "gzip");
            LocalServer.respond(ex, 200, "application/json", bomb);
        });

        FetchResult.Failed failed = assertFailed(roomy.fetch(server.uri("/bomb"), Validators.NONE), FailureKind.TOO_LARGE);

        assertThat(failed.reason()).isEqualTo("the response is larger than 64 KB");
    }

    private void awaitRelease() {
        try {
            release.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
