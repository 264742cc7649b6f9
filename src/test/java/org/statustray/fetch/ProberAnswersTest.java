package org.statustray.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.statustray.model.ProbeFailure;
import org.statustray.model.ProbeResult;
import org.statustray.testing.CountingServer;

/** What a probe makes of a server that answers: any HTTP below 500 is "there", a 5xx is there but failing. */
@Timeout(30)
class ProberAnswersTest {
    static final Instant AT = Instant.parse("2026-12-07T10:00:00Z");

    CountingServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    static Prober prober() {
        return new Prober(Duration.ofSeconds(5), Clock.fixed(AT, ZoneOffset.UTC));
    }

    @ParameterizedTest
    @ValueSource(ints = {200, 204, 301, 401, 403, 404, 429})
    void anyAnswerBelow500IsReachable(int status) {
        server = CountingServer.start(CountingServer.status(status));

        ProbeResult r = prober().probe(server.uri("/v1/models"));

        assertThat(r.reachable()).isTrue();
        assertThat(r.http()).isEqualTo(status);
        assertThat(r.failure()).isNull();
        assertThat(r.error()).isNull();
        assertThat(r.url()).isEqualTo(server.uri("/v1/models").toString());
        assertThat(r.at()).isEqualTo(AT);
    }

    @ParameterizedTest
    @ValueSource(ints = {500, 502, 503})
    void a5xxIsAServerErrorWithItsCode(int status) {
        server = CountingServer.start(CountingServer.status(status));

        ProbeResult r = prober().probe(server.uri("/"));

        assertThat(r.reachable()).isFalse();
        assertThat(r.http()).isEqualTo(status);
        assertThat(r.failure()).isEqualTo(ProbeFailure.SERVER_ERROR);
        assertThat(r.error()).isEqualTo("HTTP " + status);
    }

    @Test
    void everyPhaseOfAPlainHttpProbeIsTimedFromTheStartAndTlsIsNotNeeded() {
        server = CountingServer.start(CountingServer.status(401));

        ProbeResult r = prober().probe(server.uri("/"));

        assertThat(r.ms().tls()).isNull();
        assertThat(r.ms().dns()).isNotNull();
        assertThat(r.ms().connect()).isNotNull().isGreaterThanOrEqualTo(r.ms().dns());
        assertThat(r.ms().firstByte()).isNotNull().isGreaterThanOrEqualTo(r.ms().connect());
        assertThat(r.ms().total()).isGreaterThanOrEqualTo(r.ms().firstByte());
    }

    @Test
    void theRequestCarriesTheUserAgentOfPagePollsAndNoCredentialsOrCookies() {
        server = CountingServer.start(CountingServer.status(401));
        URI uri = server.uri("/v1/models?probe=1");

        prober().probe(uri);

        assertThat(server.heads()).singleElement().satisfies(head -> {
            assertThat(head).startsWith("GET /v1/models?probe=1 HTTP/1.1\r\n");
            assertThat(head.lines()).contains("Host: 127.0.0.1:" + uri.getPort(),
                    "User-Agent: " + FetchSettings.defaults().userAgent(), "Accept: */*", "Connection: close");
            assertThat(head.toLowerCase()).doesNotContain("authorization").doesNotContain("cookie");
            assertThat(head.lines().filter(l -> !l.isEmpty())).hasSize(5);
        });
    }

    @Test
    void anAnswerThatIsNotHttpIsOtherAndSaidAtOnce() {
        server = CountingServer.start((client, head, out) -> {
            out.write("SSH-2.0-OpenSSH_9.6\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            server.holdUntilClosed(); // the probe must not wait for more
        });

        ProbeResult r = prober().probe(server.uri("/"));

        assertThat(r.reachable()).isFalse();
        assertThat(r.failure()).isEqualTo(ProbeFailure.OTHER);
        assertThat(r.error()).isEqualTo("not an HTTP answer from 127.0.0.1:" + server.uri("/").getPort());
        assertThat(r.ms().total()).isLessThan(5_000);
    }

    @Test
    void onlyHttpAndHttpsAddressesCanBeProbed() {
        assertThatThrownBy(() -> prober().probe(URI.create("ftp://example.com/")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("only http and https");
    }
}
