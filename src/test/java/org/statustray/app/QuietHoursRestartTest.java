package org.statustray.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.statustray.testing.Await;
import org.statustray.testing.Fixtures;
import org.statustray.testing.LocalServer;
import org.statustray.testing.MovableClock;
import org.statustray.watch.DetectorPageSource;

/** What quiet hours held is kept in the history file: quitting before they end (a laptop shut overnight) loses none. */
@Timeout(60)
class QuietHoursRestartTest {
    static final byte[] DEGRADED = Fixtures.bytes("statuspage/summary-githubstatus-2022-11-25-packages-incident.json");
    static final Instant T0 = Instant.parse("2026-11-30T10:00:00Z");

    @TempDir
    Path dir;
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
    void heldNoticesAreSummedUpAtTheFirstStartAfterQuietHoursEnded() throws Exception {
        server = LocalServer.start().json("/api/v2/summary.json", 200, DEGRADED);
        LocalTime local = T0.atZone(ZoneId.systemDefault()).toLocalTime();
        Path config = dir.resolve("config.json");
        Files.writeString(config, "{\"services\": [{\"id\": \"gh\", \"name\": \"GitHub\", \"url\": \"" + server.root()
                + "\", \"format\": \"statuspage\", \"pollIntervalSeconds\": 1}], \"notifications\": {\"quietHours\":"
                + " {\"start\": \"" + hhmm(local.minusHours(1)) + "\", \"end\": \"" + hhmm(local.plusHours(1)) + "\"}}}");

        ByteArrayOutputStream night = new ByteArrayOutputStream();
        session = start(config, new MovableClock(T0), night);
        Await.until(() -> server.requests("/api/v2/summary.json") >= 3, Duration.ofSeconds(20), "three polls");
        session.close(); // quit in the middle of quiet hours

        ByteArrayOutputStream morning = new ByteArrayOutputStream();
        session = start(config, new MovableClock(T0.plus(Duration.ofHours(2))), morning);
        Await.until(() -> notifications(morning).size() >= 1, Duration.ofSeconds(20), "the summary at start");
        Await.until(() -> server.requests("/api/v2/summary.json") >= 6, Duration.ofSeconds(20), "more polls");
        session.close();

        assertThat(notifications(night)).as("quiet").isEmpty();
        assertThat(notifications(morning)).singleElement().asString()
                .contains("\"title\":\"While notifications were quiet: 1 change\"", "\"body\":\"GitHub: degraded\"");
    }

    private static String hhmm(LocalTime t) {
        return String.format("%02d:%02d", t.getHour(), t.getMinute());
    }

    private WatchCommand.Session start(Path config, MovableClock clock, ByteArrayOutputStream out) {
        return WatchCommand.start(new Watching.Setup(config, dir.resolve("data"), clock, DetectorPageSource::new),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()), false,
                r -> { });
    }

    private static List<String> notifications(ByteArrayOutputStream out) {
        return out.toString(StandardCharsets.UTF_8).lines().filter(l -> l.startsWith("{\"kind\":\"notification\"")).toList();
    }
}
