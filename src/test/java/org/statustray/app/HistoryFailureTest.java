package org.statustray.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.statustray.model.Notice;
import org.statustray.model.Status;
import org.statustray.model.TrayState;
import org.statustray.store.StoreFaults;
import org.statustray.store.Transition;
import org.statustray.testing.LocalServer;
import org.statustray.testing.MovableClock;
import org.statustray.watch.DetectorPageSource;

/**
 * A history that cannot be written while watching: the watching goes on from memory (the tray and the
 * notifications follow the page) and the user hears of it once. The store's own connection is made to
 * fail by {@link StoreFaults}: {@code PRAGMA query_only} (SQLITE_READONLY on every write, as on a
 * read-only disk) and {@code PRAGMA max_page_count} (SQLITE_FULL on a write that needs room, as on a full
 * disk); the real store's SQL runs and SQLite refuses it.
 */
@Timeout(60)
class HistoryFailureTest {
    @TempDir
    Path dir;
    final AtomicReference<byte[]> page = new AtomicReference<>(WatchCommandTest.CALM);
    final MovableClock clock = new MovableClock(WatchCommandTest.T0);
    final List<Notice> notices = new CopyOnWriteArrayList<>();
    final List<TrayState> trays = new CopyOnWriteArrayList<>();
    final AtomicInteger polls = new AtomicInteger();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();
    LocalServer server;
    Watching watching;

    @AfterEach
    void stop() {
        if (watching != null) {
            watching.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aReadOnlyHistoryIsSaidOnceAndTheTrayAndNotificationsGoOnFromMemory() throws Exception {
        start();
        StoreFaults.readOnly(watching.store(), true);

        clock.set(WatchCommandTest.T1);
        page.set(WatchCommandTest.DEGRADED);
        await("GitHub: degraded");
        assertThat(trays.get(trays.size() - 1).worst()).isEqualTo(Status.DEGRADED);
        int seen = polls.get();
        TrayAppEndToEndTest.await(() -> polls.get() >= seen + 3); // more failing writes: no more notices
        clock.set(WatchCommandTest.T2);
        page.set(WatchCommandTest.CALM);
        await("GitHub recovered");

        assertThat(notices).extracting(Notice::summary)
                .containsExactly("History cannot be saved", "GitHub: degraded", "GitHub recovered");
        assertThat(notices.get(0).body()).startsWith("Cannot store incidents: ")
                .contains("history.db is read-only. StatusTray keeps watching and shows the current status;");
        assertThat(trays.get(trays.size() - 1).worst()).isEqualTo(Status.OPERATIONAL);
        assertThat(serviceTransitions()).as("nothing written since").containsExactly(Status.OPERATIONAL);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(dataFiles()).as("a read-only file is not damaged: nothing moved aside").containsOnly("history.db",
                "history.db-wal", "history.db-shm");
    }

    @Test
    void aFullDiskIsSaidOnceAndTheWatchingGoesOn() throws Exception {
        start();
        StoreFaults.full(watching.store());

        clock.set(WatchCommandTest.T1);
        page.set(longer(WatchCommandTest.DEGRADED)); // more than the free room in the file's pages
        await("GitHub: degraded");
        clock.set(WatchCommandTest.T2);
        page.set(WatchCommandTest.CALM);
        await("GitHub recovered");

        assertThat(notices).extracting(Notice::summary)
                .containsExactly("History cannot be saved", "GitHub: degraded", "GitHub recovered");
        assertThat(notices.get(0).body()).contains("history.db is full").contains("StatusTray keeps watching");
        assertThat(trays).extracting(TrayState::worst).contains(Status.DEGRADED);
        assertThat(dataFiles()).as("a full disk is not damage: nothing moved aside").containsOnly("history.db",
                "history.db-wal", "history.db-shm");
    }

    private List<String> dataFiles() throws Exception {
        try (java.util.stream.Stream<Path> files = Files.list(dir.resolve("data"))) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }

    private void start() throws Exception {
        server = LocalServer.start().route("/api/v2/summary.json",
                ex -> LocalServer.respond(ex, 200, "application/json", page.get()));
        Path config = dir.resolve("config.json");
        Files.writeString(config, "{\"pollIntervalSeconds\": 1, \"services\": [{\"id\": \"gh\", \"name\": \"GitHub\","
                + " \"url\": \"" + server.root() + "\", \"format\": \"statuspage\", \"pollIntervalSeconds\": 1}]}");
        watching = new Watching(new Watching.Setup(config, dir.resolve("data"), clock, DetectorPageSource::new),
                new PrintStream(err, true, StandardCharsets.UTF_8), notices::add, trays::add, null);
        watching.pipeline().onPolled(r -> polls.incrementAndGet());
        watching.start();
        TrayAppEndToEndTest.await(() -> polls.get() >= 1);
        assertThat(serviceTransitions()).containsExactly(Status.OPERATIONAL);
    }

    /** What the store holds of the service's own status changes (its components' left out). */
    private List<Status> serviceTransitions() {
        return watching.store().transitions("gh", null).stream().filter(t -> t.componentId() == null)
                .map(Transition::to).toList();
    }

    /** The page with a 200 kB first incident update. */
    static byte[] longer(byte[] page) throws Exception {
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = (ObjectNode) json.readTree(page);
        ObjectNode update = (ObjectNode) root.path("incidents").path(0).path("incident_updates").path(0);
        update.put("body", update.path("body").asText() + " It is a long story.".repeat(10_000));
        return json.writeValueAsBytes(root);
    }

    private void await(String summary) throws InterruptedException {
        TrayAppEndToEndTest.await(() -> notices.stream().anyMatch(n -> n.summary().equals(summary)));
    }
}
