package org.statustray.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.statustray.model.Notice;
import org.statustray.store.HistoryStore;
import org.statustray.store.StoreFaults;
import org.statustray.testing.Await;
import org.statustray.testing.SeedStore;

/**
 * A history file damaged (pages overwritten with garbage), removed, or its whole data directory removed,
 * at start or while {@code watch} runs against a local page: the watching goes on with a new file; a
 * damaged one is kept as it was beside it and said once (a notification and one line on stderr); and the
 * new file holds what the app knew, so a restart does not tell an ongoing outage again.
 */
@Timeout(90)
class DamagedHistoryWatchTest {
    static final String DAMAGED = "History was damaged: a new one is started";

    @TempDir
    Path dir;
    WatchedPage gh;

    @BeforeEach
    void serve() throws Exception {
        gh = new WatchedPage(dir);
    }

    @AfterEach
    void stop() {
        gh.close();
    }

    @Test
    void aHistoryDamagedInTheMiddleIsMovedAsideAtStartSaidOnceAndTheWatchingStartsAfresh() throws Exception {
        Path data = dir.resolve("data");
        try (HistoryStore store = HistoryStore.open(data)) {
            SeedStore.seed(store, 300, WatchCommandTest.T0);
        }
        StoreFaults.damage(HistoryStore.file(data));
        byte[] damaged = Files.readAllBytes(HistoryStore.file(data));

        gh.watch(data);
        await(() -> lines().size() >= 2, "the notice and the first status");
        gh.stop();

        Path copy = copy(data);
        assertThat(copy.getFileName().toString()).matches("history\\.db\\.damaged-\\d{8}-\\d{6}");
        assertThat(lines().get(0)).contains("\"title\":\"" + DAMAGED + "\"").contains(copy.toString());
        assertThat(lines().get(1)).contains("\"kind\":\"transition\",\"service\":\"gh\",\"from\":null,\"to\":\"operational\"");
        assertThat(gh.errLines()).containsExactly("statustray: " + HistoryStore.file(data) + " is not a readable history"
                + " database (damaged, or not SQLite); it was moved aside to " + copy + " and a new history started");
        assertThat(Files.readAllBytes(copy)).as("kept byte for byte").isEqualTo(damaged);
        try (HistoryStore store = HistoryStore.open(data)) {
            assertThat(store.transitions("gh", null)).filteredOn(t -> t.componentId() == null).hasSize(1);
        }
    }

    @Test
    void aHistoryDamagedWhileWatchingIsMovedAsideAndARestartDoesNotTellTheOngoingOutageAgain() throws Exception {
        Path data = dir.resolve("data");
        startDegraded(data);

        StoreFaults.damageWhileOpen(data);
        gh.page.set(updated(WatchCommandTest.DEGRADED)); // news to write, into the damaged file
        await(() -> lines().stream().anyMatch(l -> l.contains(DAMAGED)), "the damage said");
        gh.stop();

        Path copy = copy(data);
        assertThat(lines()).filteredOn(l -> l.contains(DAMAGED)).singleElement().asString().contains(copy.toString());
        assertThat(gh.errLines()).singleElement().asString().contains("it was moved aside to " + copy);
        assertThat(copy.resolveSibling(copy.getFileName() + "-wal")).as("its log kept with it").exists();
        assertNothingToldAgainAfterARestart(data);
    }

    @ParameterizedTest
    @ValueSource(strings = {"history.db", "the data directory"})
    void aHistoryRemovedWhileWatchingIsNoticedAndARestartDoesNotTellTheOngoingOutageAgain(String removed) throws Exception {
        Path data = dir.resolve("data");
        startDegraded(data);

        if (removed.equals("history.db")) {
            Files.delete(HistoryStore.file(data));
        } else {
            try (Stream<Path> files = Files.walk(data)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        gh.page.set(updated(WatchCommandTest.DEGRADED));
        await(() -> lines().stream().anyMatch(l -> l.contains("(investigating)")), "the update told");
        gh.stop();

        assertThat(gh.errLines()).isEmpty();
        assertThat(lines()).noneMatch(l -> l.contains("\"title\":\"History"));
        assertNothingToldAgainAfterARestart(data);
        try (HistoryStore store = HistoryStore.open(data)) {
            assertThat(store.notifications(null)).as("what was told is in the new file")
                    .extracting(Notice::summary).contains("GitHub: degraded");
        }
    }

    /** The one damaged file kept in {@code data}. */
    private static Path copy(Path data) throws Exception {
        try (Stream<Path> files = Files.list(data)) {
            List<Path> copies = files.filter(p -> p.getFileName().toString().matches("history\\.db\\.damaged-[-0-9]+"))
                    .toList();
            assertThat(copies).hasSize(1);
            return copies.get(0);
        }
    }

    /** Watches the calm page, then the degraded one until its notification. */
    private void startDegraded(Path data) throws Exception {
        gh.watch(data);
        await(() -> lines().size() >= 1, "the first status");
        gh.clock.set(WatchCommandTest.T1);
        gh.page.set(WatchCommandTest.DEGRADED);
        await(() -> lines().stream().anyMatch(l -> l.contains("\"title\":\"GitHub: degraded\"")), "GitHub: degraded");
    }

    private void assertNothingToldAgainAfterARestart(Path data) throws Exception {
        gh.clock.set(WatchCommandTest.T2);
        gh.watch(data);
        await(() -> gh.polls() >= 3, "three polls after the restart");
        gh.stop();
        assertThat(lines()).as("the outage was told before the restart").isEmpty();
    }

    /** The page with a word more in its incident's latest update: news to store and to tell. */
    static byte[] updated(byte[] page) throws Exception {
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = (ObjectNode) json.readTree(page);
        ArrayNode updates = (ArrayNode) root.path("incidents").path(0).path("incident_updates");
        ObjectNode latest = (ObjectNode) updates.get(0);
        latest.put("body", latest.path("body").asText() + " We will update again within 30 minutes.");
        return json.writeValueAsBytes(root);
    }

    private List<String> lines() {
        return gh.lines();
    }

    private static void await(java.util.function.BooleanSupplier condition, String what) {
        Await.until(condition, Duration.ofSeconds(20), what);
    }
}
