package org.statustray.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.statustray.testing.Await;
import org.statustray.testing.Fixtures;
import org.statustray.testing.LocalServer;
import org.statustray.testing.MovableClock;

/**
 * Incidents watched live end in the history: a Statuspage summary lists only unresolved incidents, so a
 * resolved one just leaves the page. Through the real {@code watch} and the real history file, then read
 * back with {@code history}.
 */
@Timeout(60)
class IncidentEndsEndToEndTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final byte[] CALM = Fixtures.bytes("statuspage/summary-githubstatus-2019-05-10.json");
    static final byte[] PACKAGES = Fixtures.bytes("statuspage/summary-githubstatus-2022-11-25-packages-incident.json");
    static final byte[] HISTORY_2024 = Fixtures.bytes("statuspage/incidents-githubstatus-2024-09-17-trimmed.json");
    static final Instant T0 = Instant.parse("2026-11-30T10:00:00Z");

    @TempDir
    Path dir;
    final MovableClock clock = new MovableClock(T0);
    final AtomicReference<byte[]> page = new AtomicReference<>();
    final AtomicReference<byte[]> history = new AtomicReference<>();
    LocalWatch watch;

    @BeforeEach
    void serve() {
        watch = new LocalWatch(dir, clock, LocalServer.start()
                .route("/api/v2/summary.json", ex -> LocalServer.respond(ex, 200, "application/json", page.get()))
                .route("/api/v2/incidents.json", ex -> {
                    byte[] body = history.get();
                    LocalServer.respond(ex, body == null ? 404 : 200, "application/json", body == null ? new byte[0] : body);
                }));
    }

    @AfterEach
    void stop() {
        watch.close();
    }

    /**
     * GitHub's 17 Sep 2024 "Incident with Pages and Actions" as it stood while open: the real incident from the
     * real 2024 history with its resolution taken off (derived, not recorded).
     */
    static ObjectNode openIncident() throws Exception {
        ObjectNode incident = ((ObjectNode) JSON.readTree(HISTORY_2024).get("incidents").get(0)).deepCopy();
        ArrayNode updates = JSON.createArrayNode();
        incident.get("incident_updates").forEach(u -> {
            if (!u.get("status").asText().equals("resolved")) {
                updates.add(u);
            }
        });
        incident.set("incident_updates", updates);
        incident.put("status", "investigating");
        incident.putNull("resolved_at");
        incident.put("updated_at", updates.get(0).get("created_at").asText());
        return incident;
    }

    /** The calm 2019 page listing that incident while open. */
    static byte[] pageWhileOpen() throws Exception {
        ObjectNode summary = (ObjectNode) JSON.readTree(CALM);
        summary.putArray("incidents").add(openIncident());
        return JSON.writeValueAsBytes(summary);
    }

    /** The real 2024 history as it stood while that incident was open. */
    static byte[] historyWhileOpen() throws Exception {
        ObjectNode history = (ObjectNode) JSON.readTree(HISTORY_2024);
        ((ArrayNode) history.get("incidents")).set(0, openIncident());
        return JSON.writeValueAsBytes(history);
    }

    @Test
    void anIncidentThatLeavesThePageGetsItsFinalStateAndUpdatesFromTheHistoryEndpoint() throws Exception {
        page.set(pageWhileOpen());
        history.set(historyWhileOpen());
        start();
        Await.until(() -> historyTable().contains("ongoing"), Duration.ofSeconds(20), "the open incident stored");
        clock.advance(Duration.ofMinutes(5));
        history.set(HISTORY_2024); // resolved: the page drops it, its history has the resolution
        page.set(CALM);
        Await.until(() -> historyTable().contains("2024-09-16 22:08 UTC"), Duration.ofSeconds(20),
                () -> "the incident ended in the history:\n" + historyTable());
        watch.quit();

        String json = watch.history("--json");
        assertThat(json).contains("\"id\" : \"69sb0f8lydp4\"", "\"status\" : \"resolved\"",
                "\"resolved\" : \"2024-09-16T22:08:");
        assertThat(historyTable()).doesNotContain("ongoing").contains("resolved");
    }

    @Test
    void anIncidentTheHistoryDoesNotListIsClosedAtTheFirstPollWithoutItAndSaysSo() throws Exception {
        page.set(PACKAGES);
        history.set(null); // this page serves no incidents.json: 404
        start();
        Await.until(() -> watch.server.requests("/api/v2/summary.json") >= 2, Duration.ofSeconds(20), "two polls");
        clock.set(T0.plus(Duration.ofMinutes(7)));
        page.set(CALM);
        Await.until(() -> !historyTable().contains("ongoing"), Duration.ofSeconds(20),
                () -> "the incident ended:\n" + historyTable());
        watch.quit();

        assertThat(historyTable()).contains("2026-11-30 10:07 UTC", "no longer listed", "Incident with Packages and Pages");
        assertThat(watch.history("--json"))
                .contains("\"status\" : \"no longer listed\"", "No longer listed on the status page");
    }

    @Test
    void anIncidentStoredAsOngoingByAnEarlierRunIsRepairedAtTheNextStartsFirstPoll() throws Exception {
        page.set(PACKAGES);
        start();
        Await.until(() -> historyTable().contains("ongoing"), Duration.ofSeconds(20), "stored as ongoing");
        watch.quit(); // quit while the incident is open
        page.set(CALM); // it was resolved while StatusTray was not running
        clock.set(T0.plus(Duration.ofHours(3)));

        start();
        Await.until(() -> !historyTable().contains("ongoing"), Duration.ofSeconds(20),
                () -> "repaired:\n" + historyTable());
        watch.quit();
        assertThat(historyTable()).contains("2026-11-30 13:00 UTC", "no longer listed");
    }

    private void start() {
        watch.start("");
    }

    private String historyTable() {
        return watch.history("--service", "gh");
    }
}
