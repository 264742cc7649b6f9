package org.statustray.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.statustray.model.ProbeFailure;
import org.statustray.model.ProbeResult;
import org.statustray.testing.Await;
import org.statustray.testing.CountingServer;

/** A probe of a server that does not answer well: each fault is its kind and one line, never an exception. */
@Timeout(60)
class ProberFaultsTest {
    static final Duration TIMEOUT = Duration.ofSeconds(2);
    /** It ends at its timeout, not later: the bound only allows for a busy two-core machine, it times nothing. */
    private static final long LOADED_MACHINE = 8_000;

    CountingServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    static Prober prober() {
        return new Prober(TIMEOUT);
    }

    @Test
    void aRefusedPortIsUnreachable() throws IOException {
        URI closed = URI.create("http://127.0.0.1:" + freePort() + "/");

        ProbeResult r = prober().probe(closed);

        assertThat(r.reachable()).isFalse();
        assertThat(r.failure()).isEqualTo(ProbeFailure.UNREACHABLE);
        assertThat(r.error()).isEqualTo("connection refused by 127.0.0.1:" + closed.getPort());
        assertThat(r.http()).isNull();
        assertThat(r.ms().dns()).isNotNull();
        assertThat(r.ms().connect()).isNull();
    }

    @Test
    void aResetBeforeAnyAnswerIsUnreachable() {
        server = CountingServer.start((client, head, out) -> client.setSoLinger(true, 0)); // closing now sends RST

        ProbeResult r = prober().probe(server.uri("/"));

        assertThat(r.failure()).isEqualTo(ProbeFailure.UNREACHABLE);
        assertThat(r.error()).isEqualTo("connection reset by " + hostPort() + " before any answer");
        assertThat(r.ms().connect()).isNotNull();
        assertThat(r.ms().firstByte()).isNull();
    }

    @Test
    void aConnectionClosedWithoutAWordIsUnreachable() {
        server = CountingServer.start((client, head, out) -> { });

        ProbeResult r = prober().probe(server.uri("/"));

        assertThat(r.failure()).isEqualTo(ProbeFailure.UNREACHABLE);
        assertThat(r.error()).isEqualTo("connection closed by " + hostPort() + " before any answer");
    }

    @Test
    void noAnswerIsATimeoutWithinTheTimeout() {
        server = CountingServer.start((client, head, out) -> server.holdUntilClosed());

        long started = System.nanoTime();
        ProbeResult r = prober().probe(server.uri("/"));
        long tookMs = (System.nanoTime() - started) / 1_000_000;

        assertThat(r.failure()).isEqualTo(ProbeFailure.TIMEOUT);
        assertThat(r.error()).isEqualTo("no answer within 2 s (waiting for " + hostPort() + " to answer)");
        assertThat(r.ms().firstByte()).isNull();
        assertThat(tookMs).isBetween(TIMEOUT.toMillis() - 50, TIMEOUT.toMillis() + LOADED_MACHINE);
        assertThat(r.ms().total()).isBetween(TIMEOUT.toMillis() - 50, TIMEOUT.toMillis() + LOADED_MACHINE);
    }

    @Test
    void aStatusLineThatTricklesInIsATimeoutWithinTheTimeout() {
        server = CountingServer.start((client, head, out) -> {
            for (byte b : "HTTP/1.1 200 OK\r\n\r\n".getBytes(StandardCharsets.US_ASCII)) {
                out.write(b);
                out.flush();
                sleepASecond(); // the server's pace, not the test waiting
            }
        });

        long started = System.nanoTime();
        ProbeResult r = prober().probe(server.uri("/"));
        long tookMs = (System.nanoTime() - started) / 1_000_000;

        assertThat(r.failure()).isEqualTo(ProbeFailure.TIMEOUT);
        assertThat(r.error()).matches("no complete answer within 2 s \\(127\\.0\\.0\\.1:\\d+ sent only [1-9] bytes?\\)");
        assertThat(r.ms().firstByte()).isNotNull();
        assertThat(tookMs).isLessThan(TIMEOUT.toMillis() + LOADED_MACHINE);
    }

    @Test
    void aNameThatDoesNotResolveIsDns() {
        ProbeResult r = new Prober(Duration.ofSeconds(10)).probe(URI.create("https://no-such-service.invalid/v1/models"));

        assertThat(r.failure()).isEqualTo(ProbeFailure.DNS);
        assertThat(r.error()).isIn("DNS: no address for no-such-service.invalid",
                "DNS: no answer for no-such-service.invalid within 10 s");
        assertThat(r.ms().dns()).isNull();
        assertThat(r.ms().total()).isLessThanOrEqualTo(11_500);
    }

    @Test
    void a50MegabyteAnswerCostsNoMoreThanASmallOne() {
        long huge = 50L << 20;
        server = CountingServer.start((client, head, out) -> {
            out.write(("HTTP/1.1 200 OK\r\nContent-Length: " + huge + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = new byte[64 * 1024];
            for (long sent = 0; sent < huge; sent += chunk.length) {
                out.write(chunk);
            }
        });
        AtomicLong read = new AtomicLong();
        Prober counted = new Prober(Duration.ofSeconds(10), "StatusTray/test", Clock.systemUTC(), ProbeTls.defaults(),
                read::addAndGet);

        ProbeResult r = counted.probe(server.uri("/"));

        assertThat(r.reachable()).isTrue();
        assertThat(r.http()).isEqualTo(200);
        assertThat(read.get()).isPositive().isLessThanOrEqualTo(64 * 1024);
        Await.until(() -> server.writeFailures() == 1, Duration.ofSeconds(10), "the server finds the connection closed");
        assertThat(server.bytesWritten()).isLessThan(huge / 2);
    }

    private String hostPort() {
        return "127.0.0.1:" + server.uri("/").getPort();
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static void sleepASecond() {
        try {
            Thread.sleep(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
