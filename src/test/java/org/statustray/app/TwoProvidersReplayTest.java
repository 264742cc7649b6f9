package org.statustray.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.statustray.testing.Fixtures;
import org.statustray.testing.LocalServer;
import org.statustray.testing.MovableClock;
import org.statustray.watch.DetectorPageSource;

/**
 * Two providers' real recorded pages served locally and swapped in turn through the real watching
 * ({@code watch}): GitHub degrades, then Claude; GitHub recovers, then Claude. The second degradation names
 * the first in its words and in {@code concurrent}; {@code history --overlaps --json} lists that one span.
 */
@Timeout(90)
class TwoProvidersReplayTest {
    static final byte[] GITHUB_CALM = Fixtures.bytes("statuspage/summary-githubstatus-2019-05-10.json");
    static final byte[] GITHUB_DEGRADED = Fixtures.bytes("statuspage/summary-githubstatus-2022-11-25-packages-incident.json");
    static final byte[] CLAUDE_CALM = Fixtures.bytes("statuspage/summary-claude-2026-07-30-operational.json");
    static final byte[] CLAUDE_OUTAGE = Fixtures.bytes("statuspage/summary-claude-2026-07-29-elevated-errors-major.json");
    static final Instant T0 = Instant.parse("2026-07-29T19:40:00Z");

    @TempDir
    Path dir;
    final AtomicReference<byte[]> github = new AtomicReference<>(GITHUB_CALM);
    final AtomicReference<byte[]> claude = new AtomicReference<>(CLAUDE_CALM);
    final MovableClock clock = new MovableClock(T0);
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    LocalServer server;
    WatchCommand.Session session;

    @AfterEach
    void stop() {
        if (session != null) {
            session.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void theSecondDegradationNamesTheFirstAndHistoryListsTheOneOverlap() throws Exception {
        server = LocalServer.start()
                .route("/gh/api/v2/summary.json", ex -> LocalServer.respond(ex, 200, "application/json", github.get()))
                .route("/claude/api/v2/summary.json", ex -> LocalServer.respond(ex, 200, "application/json", claude.get()));
        Path config = dir.resolve("config.json");
        Files.writeString(config, "{\"pollIntervalSeconds\": 1, \"services\": ["
                + "{\"id\": \"gh\", \"name\": \"GitHub\", \"url\": \"" + server.root() + "/gh\", \"format\": \"statuspage\"},"
                + "{\"id\": \"claude\", \"name\": \"Claude\", \"url\": \"" + server.root() + "/claude\", \"format\": \"statuspage\"}]}");
        Path data = dir.resolve("data");
        session = WatchCommand.start(new Watching.Setup(config, data, clock, DetectorPageSource::new),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream(), true,
                        StandardCharsets.UTF_8), false, r -> { });
        awaitLines(2);

        Instant t1 = step(60, () -> github.set(GITHUB_DEGRADED), 1);
        Instant t2 = step(300, () -> claude.set(CLAUDE_OUTAGE), 2);
        Instant t3 = step(1200, () -> github.set(GITHUB_CALM), 3);
        step(600, () -> claude.set(CLAUDE_CALM), 4);
        session.close();
        session = null;

        List<JsonNode> notices = notifications();
        assertThat(notices).hasSize(4);
        assertThat(notices.get(0).get("title").asText()).isEqualTo("GitHub: degraded");
        assertThat(notices.get(0).get("concurrent")).isEmpty();
        assertThat(notices.get(1).get("service").asText()).isEqualTo("claude");
        assertThat(notices.get(1).get("title").asText()).startsWith("Claude: partial outage — GitHub also degraded since ");
        assertThat(notices.get(1).get("concurrent").toString()).isEqualTo("[\"gh\"]");
        assertThat(notices.get(2).get("title").asText()).isEqualTo("GitHub recovered — Claude still partial outage");
        assertThat(notices.get(3).get("title").asText()).isEqualTo("Claude recovered");

        CliRun overlaps = CliRun.of("history", "--overlaps", "--json", "--data-dir", data.toString(), "--since", "2026-07-01");
        assertThat(overlaps.exit()).isZero();
        JsonNode spans = new ObjectMapper().readTree(overlaps.out());
        assertThat(spans).hasSize(1);
        JsonNode span = spans.get(0);
        assertThat(span.get("start").asText()).isEqualTo(t2.toString());
        assertThat(span.get("end").asText()).isEqualTo(t3.toString());
        assertThat(span.get("services").toString()).isEqualTo("[\"gh\",\"claude\"]");
        assertThat(span.get("incidents").findValuesAsText("title"))
                .contains("Incident with Packages and Pages", "Elevated errors across all models");
    }

    /** Moves the clock on, changes a page, and waits for that many notification lines in all. */
    private Instant step(long seconds, Runnable change, int notices) throws InterruptedException {
        Instant at = clock.instant().plusSeconds(seconds);
        for (Instant t = clock.instant(); t.isBefore(at); t = t.plusSeconds(20)) {
            clock.set(t); // small steps: the poller must not take the move for a wake from sleep
        }
        clock.set(at);
        change.run();
        TrayAppEndToEndTest.await(() -> notifications().size() >= notices);
        return at;
    }

    private List<JsonNode> notifications() {
        ObjectMapper json = new ObjectMapper();
        return out.toString(StandardCharsets.UTF_8).lines().map(l -> {
            try {
                return json.readTree(l);
            } catch (Exception e) {
                throw new AssertionError(l, e);
            }
        }).filter(n -> "notification".equals(n.path("kind").asText())).toList();
    }

    private void awaitLines(int lines) throws InterruptedException {
        TrayAppEndToEndTest.await(() -> out.toString(StandardCharsets.UTF_8).lines().count() >= lines);
    }
}
