package org.statustray.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.statustray.fetch.PageResult;
import org.statustray.model.CatalogEntry;
import org.statustray.model.PageTrouble;
import org.statustray.model.Status;
import org.statustray.source.Catalog;
import org.statustray.testing.Await;
import org.statustray.testing.Fixtures;
import org.statustray.testing.LocalServer;
import org.statustray.testing.MovableClock;
import org.statustray.watch.DetectorPageSource;
import org.statustray.watch.PollResult;

/**
 * A catalogue service (its format fixed by the catalogue, not added by URL) whose page moves from Statuspage to
 * incident.io, then goes, then comes back: the watching detects it again (at most once an hour on its clock),
 * and the service keeps its id, its history, its settings (the config file is not rewritten) and its watched
 * component, found again by name on each platform's payload.
 *
 * <p>No real pair of payloads of one page on two platforms with a component name in both was found; the
 * incident.io widget payload here names no component, and a watched component a widget page does not name is
 * operational. That the ids are resolved again by name on a new format is shown in {@code MovedFormatWatchTest}.
 */
class MovedPlatformEndToEndTest {
    static final Instant T0 = Instant.parse("2026-12-07T10:00:00Z");
    static final byte[] GITHUB = Fixtures.bytes("statuspage/summary-githubstatus-2022-11-25-packages-incident.json");
    static final byte[] WIDGET = Fixtures.bytes("incidentio/widget-summary-neon-docs-example.json");

    @TempDir
    Path dir;

    private final AtomicReference<String> platform = new AtomicReference<>("statuspage");
    private final Map<String, AtomicInteger> asked = new ConcurrentHashMap<>();
    private final List<PollResult> polls = new CopyOnWriteArrayList<>();

    @Test
    void aCatalogueServiceThatMovesPlatformIsDetectedAgainAndKeepsItsHistoryAndComponents() throws Exception {
        MovableClock clock = new MovableClock(T0);
        try (LocalServer server = LocalServer.start()) {
            server.route("/", ex -> {
                String path = ex.getRequestURI().getPath();
                asked.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
                String now = platform.get();
                if (now.equals("statuspage") && path.equals("/api/v2/summary.json")) {
                    LocalServer.respond(ex, 200, "application/json", GITHUB);
                } else if (now.equals("incidentio") && path.equals("/api/v1/summary")) {
                    LocalServer.respond(ex, 200, "application/json", WIDGET);
                } else {
                    LocalServer.respond(ex, 404, "text/html", "<html>Not found</html>".getBytes(StandardCharsets.UTF_8));
                }
            });
            Catalog catalog = new Catalog(List.of(new CatalogEntry("gh", "GitHub", "Developer tools", "statuspage",
                    server.root(), List.of(), List.of(), null)));
            Path config = dir.resolve("config.json");
            String settings = "{\"services\": [{\"id\": \"gh\", \"components\": [\"Packages\"], \"pollIntervalSeconds\": 1}]}";
            Files.writeString(config, settings);
            Path data = dir.resolve("data");
            try (Watching watching = new Watching(new Watching.Setup(config, data, clock, DetectorPageSource::new, catalog),
                    new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), n -> { }, t -> { }, null)) {
                watching.onEachPoll((r, shown) -> polls.add(r));
                watching.start();
                assertThat(watching.live().current().services().get(0).addedByUrl()).isFalse();
                awaitShown(watching, Status.PARTIAL_OUTAGE, "Packages, watched, in a partial outage on Statuspage");

                platform.set("incidentio");
                awaitRead(watching, "incidentio");
                awaitShown(watching, Status.OPERATIONAL, "Packages, not named by the incident.io widget: operational");
                assertThat(watching.detector().failure("gh")).isEmpty();
                int detections = asked("/api/v2/summary.json");

                platform.set("gone"); // gone again within the hour: not detected again yet
                int failedBefore = failed();
                Await.until(() -> {
                    watching.refreshAll();
                    return failed() >= failedBefore + 3;
                }, Duration.ofSeconds(20), "three failed polls");
                assertThat(asked("/api/v2/summary.json")).as("no detection within the hour").isEqualTo(detections);
                assertThat(watching.serviceViews().get(0).trouble()).isEqualTo(PageTrouble.UNREADABLE);

                watching.actions().detectAgain("gh"); // the person asks: detected at once, whatever the hour says
                Await.until(() -> asked("/api/v2/summary.json") > detections, Duration.ofSeconds(20), "a detection asked for");
                int asked = asked("/api/v2/summary.json");

                clock.advance(DetectorPageSource.REDETECT_EVERY.plusMinutes(1));
                platform.set("statuspage");
                awaitRead(watching, "statuspage");
                awaitShown(watching, Status.PARTIAL_OUTAGE, "Packages found again by name on Statuspage");
                assertThat(asked("/api/v2/summary.json")).isGreaterThan(asked);
            }
            assertThat(Files.readString(config)).as("the user's settings are not rewritten").isEqualTo(settings);
            CliRun history = CliRun.of("history", "--service", "gh", "--data-dir", data.toString(), "--config",
                    config.toString());
            assertThat(history.out()).contains("Incident with Packages and Pages");
        }
    }

    private void awaitRead(Watching watching, String format) {
        int before = polls.size();
        Await.until(() -> {
            watching.refreshAll();
            return polls.subList(before, polls.size()).stream().anyMatch(r -> r.result() instanceof PageResult.Read read
                    && read.format().equals(format));
        }, Duration.ofSeconds(20), () -> "a read as " + format + "; polls: " + polls.subList(before, polls.size()));
    }

    private static void awaitShown(Watching watching, Status status, String what) {
        Await.until(() -> {
            watching.refreshAll();
            return watching.detector().shown("gh") == status;
        }, Duration.ofSeconds(20), () -> what + "; shown " + watching.detector().shown("gh"));
    }

    private int failed() {
        return (int) polls.stream().filter(r -> r.result() instanceof PageResult.Failed).count();
    }

    private int asked(String path) {
        AtomicInteger n = asked.get(path);
        return n == null ? 0 : n.get();
    }
}
