package org.statustray.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.statustray.fetch.FetchAssertions.assertFailed;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.statustray.testing.LocalServer;

/** Network faults and bad input come back as {@link FetchResult.Failed}, never as exceptions. */
@Timeout(10)
class FetcherFailureTest {
    private final LocalServer server = LocalServer.start();
    private final Fetcher fetcher = new Fetcher(FetchSettings.defaults().withRequestTimeout(Duration.ofSeconds(5))
            .withConnectTimeout(Duration.ofSeconds(2)), Clock.systemUTC());

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void connectionRefused() throws IOException {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }

        FetchResult result = fetcher.fetch(URI.create("http://127.0.0.1:" + port + "/"), Validators.NONE);

        assertThat(assertFailed(result, FailureKind.UNREACHABLE).reason()).isEqualTo("connection refused by 127.0.0.1:" + port);
    }

    @Test
    void unresolvableHost() {
        FetchResult result = new Fetcher().fetch(URI.create("http://nosuch.invalid/"), Validators.NONE);

        assertThat(assertFailed(result, FailureKind.UNREACHABLE).reason()).isEqualTo("cannot resolve host nosuch.invalid");
    }

    @Test
    void connectionClosedMidBody() throws IOException {
        try (RawServer raw = RawServer.replying(
                "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n0123456789")) {
            FetchResult result = fetcher.fetch(raw.uri("/cut"), Validators.NONE);

            assertThat(assertFailed(result, FailureKind.UNREACHABLE).reason()).isEqualTo(Failures.CLOSED_EARLY);
        }
    }

    @Test
    void connectionClosedWithoutAnyAnswer() throws IOException {
        try (RawServer raw = RawServer.replying("")) {
            FetchResult result = fetcher.fetch(raw.uri("/nothing"), Validators.NONE);

            assertThat(assertFailed(result, FailureKind.UNREACHABLE).reason()).isEqualTo(Failures.CLOSED_EARLY);
        }
    }

    @Test
    void unexpectedRuntimeFailureBecomesFailed() {
        server.json("/ok", 200, "{}");

        FetchResult result = fetcher.fetch(server.uri("/ok"), new Validators("\"bad\nvalue\"", null));

        assertThat(assertFailed(result, FailureKind.UNREACHABLE).reason()).startsWith("unexpected error: IllegalArgumentException");
        assertThat(fetcher.fetchAsync(server.uri("/ok"), new Validators("\"bad\nvalue\"", null)).join())
                .isInstanceOf(FetchResult.Failed.class);
    }

    @Test
    void onlyHttpAndHttpsUrlsAreAccepted() {
        for (String url : new String[] {"ftp://example.com/status.json", "file:///etc/passwd", "mailto:a@b.c"}) {
            FetchResult result = fetcher.fetch(URI.create(url), Validators.NONE);

            assertThat(assertFailed(result, FailureKind.UNREACHABLE).reason()).isEqualTo("only http and https URLs are supported");
        }
    }
}
