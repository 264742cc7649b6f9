package org.statustray.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.statustray.model.ProbeFailure;
import org.statustray.model.ProbeResult;
import org.statustray.testing.CountingServer;
import org.statustray.testing.SelfSignedKeys;

/**
 * A probe's TLS is the JDK's, checks on: a self-signed certificate is refused, and a trusted certificate for
 * another name is refused too (host name verification); a trusted one for the right name gets through, timed.
 */
@Timeout(60)
class ProberTlsTest {
    @TempDir
    static Path dir;
    static SelfSignedKeys forThisHost;
    static SelfSignedKeys forAnotherName;

    CountingServer server;

    @BeforeAll
    static void keys() throws Exception {
        forThisHost = SelfSignedKeys.make(dir, "ip:127.0.0.1,dns:localhost");
        forAnotherName = SelfSignedKeys.make(dir, "dns:status.example.com");
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aSelfSignedCertificateIsRefusedAndNoRequestGoesThrough() throws Exception {
        server = CountingServer.tls(forThisHost.server(), CountingServer.status(200));

        ProbeResult r = new Prober(Duration.ofSeconds(5)).probe(server.uri("/"));

        assertThat(r.reachable()).isFalse();
        assertThat(r.failure()).isEqualTo(ProbeFailure.TLS);
        assertThat(r.error()).startsWith("TLS: certificate not trusted (").doesNotContain("\n")
                .doesNotContain("Exception").hasSizeLessThanOrEqualTo(300);
        assertThat(r.ms().connect()).isNotNull();
        assertThat(r.ms().tls()).isNull();
        assertThat(server.heads()).isEmpty();
    }

    @Test
    void aTrustedCertificateForAnotherNameIsRefused() throws Exception {
        server = CountingServer.tls(forAnotherName.server(), CountingServer.status(200));

        ProbeResult r = trusting(forAnotherName).probe(server.uri("/"));

        assertThat(r.failure()).isEqualTo(ProbeFailure.TLS);
        assertThat(r.error()).startsWith("TLS: certificate is not for 127.0.0.1 (");
        assertThat(server.heads()).isEmpty();
    }

    @Test
    void aTrustedCertificateForThisHostGetsThroughWithTheHandshakeTimed() throws Exception {
        server = CountingServer.tls(forThisHost.server(), CountingServer.status(401));

        ProbeResult r = trusting(forThisHost).probe(server.uri("/v1/models"));

        assertThat(r.reachable()).isTrue();
        assertThat(r.http()).isEqualTo(401);
        assertThat(r.ms().tls()).isNotNull().isGreaterThanOrEqualTo(r.ms().connect());
        assertThat(r.ms().firstByte()).isNotNull().isGreaterThanOrEqualTo(r.ms().tls());
        assertThat(server.heads()).singleElement().asString().startsWith("GET /v1/models HTTP/1.1\r\n")
                .doesNotContainIgnoringCase("authorization").doesNotContainIgnoringCase("cookie");
    }

    @Test
    void httpsToAPlainHttpPortSaysTheServerDoesNotSpeakTls() {
        server = CountingServer.speakingFirst(CountingServer.status(400)); // as a web server does to a TLS hello
        int port = server.uri("/").getPort();

        ProbeResult r = new Prober(Duration.ofSeconds(5)).probe(URI.create("https://127.0.0.1:" + port + "/"));

        assertThat(r.failure()).isEqualTo(ProbeFailure.TLS);
        assertThat(r.error()).startsWith("TLS: the server does not speak TLS on this port (");
    }

    private static Prober trusting(SelfSignedKeys keys) throws Exception {
        return new Prober(Duration.ofSeconds(5), FetchSettings.defaults().userAgent(), Clock.systemUTC(),
                new ProbeTls(keys.trustingClient().getSocketFactory()), n -> { });
    }
}
