package org.statustray.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.statustray.testing.Fixtures;
import org.statustray.testing.LocalServer;

/** Auto-detection and re-detection against a real local server, counting the requests it makes. */
class DetectorTest {
    static final byte[] SUMMARY = Fixtures.bytes("statuspage/summary-githubstatus-2019-05-10.json");
    static final byte[] WIDGET = Fixtures.bytes("incidentio/widget-summary-neon-docs-example.json");
    final LocalServer server = LocalServer.start();
    final Detector detector = new Detector(new Fetcher(), Clock.systemUTC());

    @AfterEach
    void stop() {
        server.close();
    }

    static PageResult.Read read(PageResult r) {
        assertThat(r).as("%s", r).isInstanceOf(PageResult.Read.class);
        return (PageResult.Read) r;
    }

    @Test
    void aStatuspageRootTakesOneRequest() {
        server.json("/api/v2/summary.json", 200, SUMMARY);
        server.route("/", ex -> LocalServer.respond(ex, 404, "text/plain", "no".getBytes()));

        PageResult.Read r = read(detector.detect(URI.create(server.root())));

        assertThat(r.format()).isEqualTo("statuspage");
        assertThat(r.endpoint()).isEqualTo(server.uri("/api/v2/summary.json"));
        assertThat(server.requests("/")).isZero();
    }

    @Test
    void theLandingPageNamesItsProvider() {
        server.route("/", ex -> {
            if (ex.getRequestURI().getPath().equals("/")) {
                LocalServer.respond(ex, 200, "text/html",
                        "<html><head><script src=\"https://app.incident.io/widget.js\"></script></head></html>"
                                .getBytes(StandardCharsets.UTF_8));
            } else {
                LocalServer.respond(ex, 404, "text/plain", "no".getBytes());
            }
        });
        server.json("/api/v1/summary", 200, WIDGET);

        PageResult.Read r = read(detector.detect(URI.create(server.root() + "/")));

        assertThat(r.format()).isEqualTo("incidentio");
        assertThat(server.requests("/api/v1/summary")).isEqualTo(1);
    }

    @Test
    void anEndpointAddressIsTriedAsItsOwnFormatFirst() {
        server.json("/x/api/v1/summary", 200, WIDGET);

        PageResult.Read r = read(detector.detect(server.uri("/x/api/v1/summary")));

        assertThat(r.format()).isEqualTo("incidentio");
        assertThat(server.requests("/x/api/v1/summary")).isEqualTo(1);
    }

    @Test
    void nothingReadableFailsWithWhatWasTriedAndEachUrlIsAskedOnce() {
        server.route("/", ex -> LocalServer.respond(ex, 404, "text/html", "<html>not here</html>".getBytes()));

        URI given = URI.create(server.root() + "/nothing");
        java.util.Set<URI> distinct = new java.util.HashSet<>();
        distinct.add(given);
        org.statustray.source.Formats.all().forEach(f -> distinct.add(f.endpoint(given)));

        PageResult r = detector.detect(given);

        assertThat(r).isInstanceOf(PageResult.Failed.class);
        assertThat(((PageResult.Failed) r).reason()).startsWith("no known status format found (")
                .contains("HTTP 404").doesNotContain("\n");
        assertThat(server.requests("/")).as("every format's endpoint and the landing page, once each")
                .isEqualTo(distinct.size()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void anUnreachableHostIsAskedOnlyOnce() throws Exception {
        int port;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            port = s.getLocalPort();
        }
        PageResult r = detector.detect(URI.create("http://127.0.0.1:" + port));

        assertThat(r).isInstanceOf(PageResult.Failed.class);
        assertThat(((PageResult.Failed) r).kind()).isEqualTo(FailureKind.UNREACHABLE);
        assertThat(((PageResult.Failed) r).reason()).contains("refused");
    }

    @Test
    void aPageThatMovedProviderIsDetectedAgainWhenAddedByUrl() {
        AtomicBoolean moved = new AtomicBoolean(false);
        server.route("/api/v2/summary.json", ex -> {
            if (moved.get()) {
                LocalServer.respond(ex, 404, "text/html", "<html>gone</html>".getBytes());
            } else {
                LocalServer.respond(ex, 200, "application/json", SUMMARY);
            }
        });
        server.json("/api/v1/summary", 200, WIDGET);
        URI page = URI.create(server.root());

        assertThat(read(detector.readKnown(page, "statuspage", Validators.NONE, true)).format()).isEqualTo("statuspage");
        moved.set(true);
        assertThat(read(detector.readKnown(page, "statuspage", Validators.NONE, true)).format()).isEqualTo("incidentio");

        PageResult fromCatalogue = detector.readKnown(page, "statuspage", Validators.NONE, false);
        assertThat(fromCatalogue).as("a catalogue service keeps its format").isInstanceOf(PageResult.Failed.class);
    }

    @Test
    void aServerErrorIsNoReasonToDetectAgain() {
        server.json("/api/v2/summary.json", 503, "{}");
        server.json("/api/v1/summary", 200, WIDGET);

        PageResult r = detector.readKnown(URI.create(server.root()), "statuspage", Validators.NONE, true);

        assertThat(r).isInstanceOf(PageResult.Failed.class);
        assertThat(server.requests("/api/v1/summary")).isZero();
    }
}
