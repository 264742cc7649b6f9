package org.statustray.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.statustray.fetch.Fetcher;
import org.statustray.fetch.HistoryPages;
import org.statustray.model.Incident;
import org.statustray.model.ServiceConfig;
import org.statustray.store.HistoryStore;
import org.statustray.store.StoreException;
import org.statustray.store.StoredIncident;
import org.statustray.testing.Fixtures;
import org.statustray.testing.LocalServer;
import org.statustray.watch.Backfill;
import org.statustray.watch.HistoryLog;

/** Backfill from real history payloads served by a local server, kept in a real store as the app keeps it. */
class BackfillTest {
    /** {@link Backfill} over the store as the app's books. */
    static Backfill backfill(HistoryStore store) {
        return new Backfill(FETCHER, new StoreBook(store, new HistoryTrouble(n -> { }, Clock.systemUTC()),
                HistoryLog.NONE, new HistoryPages(FETCHER)));
    }

    static LocalServer server;
    static final Fetcher FETCHER = new Fetcher();

    @TempDir
    Path dataDir;
    HistoryStore store;
    Backfill backfill;

    @BeforeAll
    static void serve() {
        server = LocalServer.start()
                .json("/emma/api/v2/incidents.json", 200, Fixtures.bytes("statuspage/incidents-emma-2019-02-21-america-chicago.json"))
                .json("/gcp/incidents.json", 200, Fixtures.bytes("gcp/incidents-gcp-2022-07-01.json"))
                .json("/slack/api/v2.0.0/history", 200, Fixtures.bytes("slack/history-v2-slack-2019-08.json"))
                .route("/gh/history.rss", ex -> LocalServer.respond(ex, 200, "application/rss+xml",
                        Fixtures.bytes("statuspage/history-githubstatus-2022-03-16.rss")))
                .json("/claude/api/v2/incidents.json", 200, Fixtures.bytes("statuspage/scheduled-maintenances-claude-2026-09-15.json"))
                .route("/html/api/v2/incidents.json", ex -> LocalServer.respond(ex, 200, "text/html",
                        "<html>sign in</html>".getBytes(StandardCharsets.UTF_8)))
                .json("/gone/api/v2/incidents.json", 404, "{}");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void open() throws StoreException {
        store = HistoryStore.open(dataDir);
        backfill = backfill(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aStatuspageHistoryStoresEveryIncidentWithItsUpdates() {
        Backfill.Result r = backfill.run("emma", server.root() + "/emma", "statuspage");

        assertThat(r).isEqualTo(new Backfill.Result.Done(22, 0));
        assertThat(store.incidents("emma", null)).hasSize(22).allMatch(s -> !s.incident().updates().isEmpty());
        assertThat(store.backfilledAt("emma")).isPresent();
    }

    @Test
    void googleCloudsYearOfIncidents() {
        assertThat(backfill.run("google-cloud", server.root() + "/gcp", "gcp")).isEqualTo(new Backfill.Result.Done(157, 0));
        assertThat(store.incidents("google-cloud", null)).hasSize(157);
    }

    @Test
    void slackHistoryTwiceStoresNothingTwiceThoughItsUpdatesHaveNoIds() {
        backfill.run("slack", server.root() + "/slack", "slack");
        Backfill.Result again = backfill.run("slack", server.root() + "/slack", "slack");

        assertThat(again).isEqualTo(new Backfill.Result.Done(116, 0));
        List<StoredIncident> stored = store.incidents("slack", null);
        assertThat(stored).hasSize(116);
        assertThat(stored).flatExtracting(s -> s.incident().updates()).hasSize(511);
    }

    @Test
    void aFeedAndMaintenancesAreHistoryToo() {
        assertThat(backfill.run("github", server.root() + "/gh/history.rss", "feed")).isEqualTo(new Backfill.Result.Done(25, 0));
        assertThat(backfill.run("anthropic", server.root() + "/claude", "statuspage")).isEqualTo(new Backfill.Result.Done(0, 2));
        assertThat(store.maintenances("anthropic", null)).hasSize(2);
    }

    @Test
    void failuresAreReasonsNotExceptionsAndAreNotRemembered() {
        assertThat(reason(backfill.run("x", server.root() + "/gone", "statuspage"))).contains("404");
        assertThat(reason(backfill.run("x", server.root() + "/html", "statuspage"))).contains("HTML");
        assertThat(reason(backfill.run("x", "http://127.0.0.1:1", "statuspage"))).isNotBlank();
        assertThat(reason(backfill.run("x", server.root(), "auto"))).isEqualTo("the page's format is not known yet");
        assertThat(reason(backfill.run("x", server.root(), "instatus"))).isEqualTo("the instatus format has no history endpoint");
        assertThat(reason(backfill.run("x", "not a url", "statuspage"))).startsWith("not a usable address");
        assertThat(store.backfilledAt("x")).isEmpty();
        assertThat(store.incidents(null, null)).isEmpty();
    }

    @Test
    void ifNeverDoneRunsOnceAndAClosedStoreIsAReason() {
        ServiceConfig emma = new ServiceConfig("emma", "Emma", server.root() + "/emma", "statuspage", List.of(), null,
                false, false, false);

        int before = server.requests("/emma/api/v2/incidents.json");
        assertThat(backfill.ifNeverDone(emma)).contains(new Backfill.Result.Done(22, 0));
        assertThat(backfill.ifNeverDone(emma)).isEmpty();
        assertThat(server.requests("/emma/api/v2/incidents.json")).isEqualTo(before + 1);

        store.close();
        assertThat(backfill.ifNeverDone(emma).map(BackfillTest::reason).orElseThrow()).contains("closed");
        assertThat(reason(backfill.run("gcp", server.root() + "/gcp", "gcp"))).contains("closed");
    }

    @Test
    void backfilledIncidentsNewestFirstKeepTheirIds() {
        backfill.run("emma", server.root() + "/emma", "statuspage");

        Incident newest = store.incidents("emma", null).get(0).incident();
        assertThat(newest.id()).isNotBlank();
        assertThat(newest.updates()).extracting(u -> u.status()).containsExactly("investigating", "identified", "monitoring", "resolved");
    }

    static String reason(Backfill.Result r) {
        assertThat(r).isInstanceOf(Backfill.Result.Failed.class);
        return ((Backfill.Result.Failed) r).reason();
    }
}
