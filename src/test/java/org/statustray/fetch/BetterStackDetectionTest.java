package org.statustray.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.statustray.model.Status;
import org.statustray.testing.Fixtures;
import org.statustray.testing.LocalServer;

/** Detection of a Better Stack page against a real local server serving Better Stack's recorded index.json. */
class BetterStackDetectionTest {
    static final byte[] INDEX = Fixtures.bytes("betterstack/index-betterstack-2026-09-07-trimmed.json");
    final LocalServer server = LocalServer.start();
    final Detector detector = new Detector(new Fetcher(), Clock.systemUTC());

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aPageRootIsFoundByItsPayloadAfterTheFormatsBeforeIt() {
        server.json("/index.json", 200, INDEX);
        server.route("/", ex -> LocalServer.respond(ex, 404, "text/plain", "no".getBytes(StandardCharsets.UTF_8)));

        PageResult r = detector.detect(URI.create(server.root()));

        assertThat(r).as("%s", r).isInstanceOf(PageResult.Read.class);
        PageResult.Read read = (PageResult.Read) r;
        assertThat(read.format()).isEqualTo("betterstack");
        assertThat(read.endpoint()).isEqualTo(server.uri("/index.json"));
        assertThat(read.snapshot().service()).isEqualTo("Better Stack");
        assertThat(read.snapshot().status()).isEqualTo(Status.OPERATIONAL);
        assertThat(server.requests("/index.json")).isEqualTo(1);
    }

    /** Better Stack serves its page shell, 200 and HTML, for any path; no other reader may take it. */
    @Test
    void aShellThatAnswersEveryPathWithHtmlStillLeadsToIndexJson() {
        server.json("/index.json", 200, INDEX);
        server.route("/", ex -> LocalServer.respond(ex, 200, "text/html; charset=utf-8",
                "<!DOCTYPE html><html><head><title>Status</title></head><body></body></html>"
                        .getBytes(StandardCharsets.UTF_8)));

        PageResult r = detector.detect(URI.create(server.root() + "/"));

        assertThat(r).as("%s", r).isInstanceOf(PageResult.Read.class);
        assertThat(((PageResult.Read) r).format()).isEqualTo("betterstack");
    }

    @Test
    void theIndexJsonAddressIsTriedAsBetterStackFirst() {
        server.json("/index.json", 200, INDEX);
        server.route("/", ex -> LocalServer.respond(ex, 404, "text/plain", "no".getBytes(StandardCharsets.UTF_8)));

        PageResult r = detector.detect(server.uri("/index.json"));

        assertThat(r).as("%s", r).isInstanceOf(PageResult.Read.class);
        assertThat(((PageResult.Read) r).format()).isEqualTo("betterstack");
        assertThat(server.requests("/")).as("no other endpoint asked").isZero();
        assertThat(server.requests("/index.json")).isEqualTo(1);
    }
}
