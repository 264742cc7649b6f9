package org.statustray.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.statustray.testing.Await;
import org.statustray.testing.Fixtures;
import org.statustray.testing.LocalServer;
import org.statustray.testing.MovableClock;

/** What quiet hours held is kept in the history file: quitting before they end (a laptop shut overnight) loses none. */
@Timeout(60)
class QuietHoursRestartTest {
    static final byte[] DEGRADED = Fixtures.bytes("statuspage/summary-githubstatus-2022-11-25-packages-incident.json");
    static final Instant T0 = Instant.parse("2026-11-30T10:00:00Z");

    @TempDir
    Path dir;
    final MovableClock clock = new MovableClock(T0);
    LocalWatch watch;

    @AfterEach
    void stop() {
        if (watch != null) {
            watch.close();
        }
    }

    @Test
    void heldNoticesAreSummedUpAtTheFirstStartAfterQuietHoursEnded() {
        watch = new LocalWatch(dir, clock, LocalServer.start().json("/api/v2/summary.json", 200, DEGRADED));
        LocalTime local = T0.atZone(ZoneId.systemDefault()).toLocalTime();
        String quiet = ", \"notifications\": {\"quietHours\": {\"start\": \"" + hhmm(local.minusHours(1))
                + "\", \"end\": \"" + hhmm(local.plusHours(1)) + "\"}}";

        watch.start(quiet);
        Await.until(() -> watch.server.requests("/api/v2/summary.json") >= 3, Duration.ofSeconds(20), "three polls");
        watch.quit(); // in the middle of quiet hours
        assertThat(watch.notifications()).as("quiet").isEmpty();

        clock.set(T0.plus(Duration.ofHours(2)));
        watch.start(quiet);
        Await.until(() -> watch.notifications().size() >= 1, Duration.ofSeconds(20), "the summary at start");
        Await.until(() -> watch.server.requests("/api/v2/summary.json") >= 6, Duration.ofSeconds(20), "more polls");
        watch.quit();

        assertThat(watch.notifications()).containsExactly("While notifications were quiet: 1 change");
        assertThat(watch.lines()).filteredOn(l -> l.contains("While notifications")).singleElement().asString()
                .contains("\"body\":\"GitHub: degraded\"");
    }

    private static String hhmm(LocalTime t) {
        return String.format("%02d:%02d", t.getHour(), t.getMinute());
    }
}
