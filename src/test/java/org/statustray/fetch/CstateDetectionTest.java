package org.statustray.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.statustray.model.Status;
import org.statustray.testing.Fixtures;
import org.statustray.testing.LocalServer;

/** A cState page found by auto-detection against a real local server: by its payload, address and landing page. */
class CstateDetectionTest {
    static final byte[] TOR = Fixtures.bytes("cstate/index-torproject-2025-05-01-all-ok-summary-disrupted.json");
    // The generator tag as cState's layouts/partials/meta.html writes it (v6.0.1).
    static final byte[] LANDING = ("<!DOCTYPE html>\n<html lang=\"en\" class=\"no-js\">\n  <head>\n"
            + "    <meta charset=\"utf-8\">\n    <title>Tor Project status</title>\n"
            + "    <meta name=\"generator\" content=\"cState v6.0.1 - https://github.com/cstate/cstate\">\n"
            + "  </head>\n  <body></body>\n</html>\n").getBytes(StandardCharsets.UTF_8);
    final LocalServer server = LocalServer.start();
    final Detector detector = new Detector(new Fetcher(), Clock.systemUTC());
    final List<String> otherPaths = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        server.close();
    }

    void serve(byte[] landing) {
        server.json("/index.json", 200, TOR);
        server.route("/", ex -> {
            otherPaths.add(ex.getRequestURI().getPath());
            if (landing.length > 0 && ex.getRequestURI().getPath().equals("/")) {
                LocalServer.respond(ex, 200, "text/html; charset=utf-8", landing);
            } else {
                LocalServer.respond(ex, 404, "text/html", "<html>404 page not found</html>".getBytes());
            }
        });
    }

    static PageResult.Read read(PageResult r) {
        assertThat(r).as("%s", r).isInstanceOf(PageResult.Read.class);
        return (PageResult.Read) r;
    }

    @Test
    void aPageWithNoHintIsFoundByItsPayload() {
        serve(new byte[0]);

        PageResult.Read r = read(detector.detect(URI.create(server.root())));

        assertThat(r.format()).isEqualTo("cstate");
        assertThat(r.endpoint()).isEqualTo(server.uri("/index.json"));
        assertThat(r.snapshot().status()).isEqualTo(Status.PARTIAL_OUTAGE);
        assertThat(r.snapshot().components()).hasSize(15);
        assertThat(server.requests("/index.json")).isEqualTo(1);
        assertThat(otherPaths).as("every other format was asked first, once each").doesNotHaveDuplicates()
                .contains("/api/v2/summary.json", "/summary.json", "/api/v1/summary");
    }

    @Test
    void theGeneratorTagSendsDetectionStraightToIndexJson() {
        serve(LANDING);

        PageResult.Read r = read(detector.detect(URI.create(server.root() + "/")));

        assertThat(r.format()).isEqualTo("cstate");
        assertThat(server.requests("/index.json")).isEqualTo(1);
        assertThat(otherPaths).as("Statuspage first, then the landing page, then cState")
                .containsExactly("/api/v2/summary.json", "/");
    }

    @Test
    void theIndexJsonAddressIsTriedAsCstateFirst() {
        serve(LANDING);

        PageResult.Read r = read(detector.detect(server.uri("/index.json")));

        assertThat(r.format()).isEqualTo("cstate");
        assertThat(r.endpoint()).isEqualTo(server.uri("/index.json"));
        assertThat(server.requests("/index.json")).isEqualTo(1);
        assertThat(otherPaths).isEmpty();
    }
}
