package org.statustray.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.statustray.model.AppConfig;
import org.statustray.model.ServiceConfig;
import org.statustray.model.Status;
import org.statustray.testing.Await;
import org.statustray.testing.Fixtures;
import org.statustray.testing.LocalServer;
import org.statustray.testing.MovableClock;
import org.statustray.watch.DetectorPageSource;

/**
 * Choosing other components to watch takes effect at once, also when the page answers every poll with
 * "304 Not Modified" (as real pages with an ETag do for hours): the new view comes from the page last read.
 */
@Timeout(60)
class RewatchTest {
    static final byte[] PAGE = Fixtures.bytes("statuspage/summary-githubstatus-2022-11-25-packages-incident.json");
    static final String ETAG = "\"packages-2022\"";

    @TempDir
    Path dir;

    @Test
    void newlyWatchedComponentsShowAtOnceThoughThePageAnswersNotModified() throws Exception {
        try (LocalServer server = LocalServer.start().route("/api/v2/summary.json", ex -> {
            ex.getResponseHeaders().set("ETag", ETAG);
            if (ETAG.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                ex.sendResponseHeaders(304, -1);
                return;
            }
            LocalServer.respond(ex, 200, "application/json", PAGE);
        })) {
            changeComponentsWhileThePageAnswersNotModified(server);
        }
    }

    private void changeComponentsWhileThePageAnswersNotModified(LocalServer server) throws Exception {
        Path config = dir.resolve("config.json");
        Files.writeString(config, "{\"services\": [{\"id\": \"gh\", \"name\": \"GitHub\", \"url\": \"" + server.root()
                + "\", \"format\": \"statuspage\", \"pollIntervalSeconds\": 1}]}");
        try (Watching watching = new Watching(new Watching.Setup(config, dir.resolve("data"),
                new MovableClock(java.time.Instant.now()), DetectorPageSource::new),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), n -> { }, t -> { }, null)) {
            watching.start();
            rewatch(server, watching);
        }
    }

    private static void rewatch(LocalServer server, Watching watching) throws Exception {
        Await.until(() -> watching.detector().shown("gh") == Status.DEGRADED, Duration.ofSeconds(10), "the first read");
        Await.until(() -> server.requests("/api/v2/summary.json") >= 2, Duration.ofSeconds(10), "a 304");

        ServiceConfig gh = watching.live().current().services().get(0);
        ServiceConfig packagesOnly = new ServiceConfig(gh.id(), gh.name(), gh.url(), gh.format(), List.of("Packages"),
                gh.pollIntervalSeconds(), false, false, gh.addedByUrl());
        AppConfig now = watching.live().current();
        watching.events().submit(() -> watching.live().apply(new AppConfig(now.pollIntervalSeconds(),
                List.of(packagesOnly), now.maintenanceNotifications(), now.quietHours(), now.timeoutSeconds()))).get();

        assertThat(watching.detector().shown("gh")).as("re-derived from the page last read, at once")
                .isEqualTo(Status.PARTIAL_OUTAGE);
        int before = server.requests("/api/v2/summary.json");
        Await.until(() -> server.requests("/api/v2/summary.json") >= before + 3, Duration.ofSeconds(15), "more polls");
        assertThat(watching.detector().shown("gh")).as("still the watched component's status after 304s")
                .isEqualTo(Status.PARTIAL_OUTAGE);
        assertThat(watching.detector().failure("gh")).isEmpty();
    }
}
