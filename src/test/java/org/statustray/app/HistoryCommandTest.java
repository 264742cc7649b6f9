package org.statustray.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.statustray.model.Incident;
import org.statustray.model.IncidentUpdate;
import org.statustray.store.HistoryStore;
import org.statustray.store.IncidentsJson;
import org.statustray.store.StoredIncident;
import org.statustray.testing.Fixtures;
import org.statustray.testing.LocalServer;
import org.statustray.testing.SeedStore;
import org.statustray.watch.Backfill;

/** {@code history} end to end: a backfill from a local server into a data dir, then the command reads it. */
class HistoryCommandTest {
    @TempDir
    Path dataDir;

    @Test
    void jsonListsEveryIncidentSeenWithAllItsUpdates() throws Exception {
        backfillEmma();

        CliRun run = CliRun.of("history", "--json", "--data-dir", dataDir.toString());

        assertThat(run.exit()).isZero();
        assertThat(run.err()).isEmpty();
        JsonNode all = new ObjectMapper().readTree(run.out());
        assertThat(all).hasSize(22);
        JsonNode newest = all.get(0);
        assertThat(newest.get("service").asText()).isEqualTo("emma");
        assertThat(newest.get("started").asText()).isEqualTo("2019-02-20T18:00:19.418Z");
        assertThat(newest.get("resolved").isNull()).isFalse();
        for (String field : List.of("id", "title", "status", "impact", "updated", "url")) {
            assertThat(newest.has(field)).as(field).isTrue();
        }
        assertThat(newest.get("updates")).hasSize(4);
        assertThat(newest.get("updates").get(0).get("status").asText()).isEqualTo("investigating");
        assertThat(newest.get("updates").get(0).get("at").asText()).endsWith("Z");
        assertThat(newest.get("updates").get(0).get("body").asText()).isNotBlank();
    }

    @Test
    void aPollAfterTheBackfillAddsItsUpdateToTheSameIncident() throws Exception {
        backfillEmma();
        try (HistoryStore store = HistoryStore.open(dataDir)) {
            Incident i = store.incidents("emma", null).get(0).incident();
            List<IncidentUpdate> updates = new ArrayList<>(i.updates());
            updates.add(new IncidentUpdate("later", "postmortem", Instant.parse("2019-02-22T09:00:00Z"), null, "Why."));
            store.upsertIncidents("emma", List.of(new Incident(i.id(), i.title(), "postmortem", i.impact(), i.started(),
                    Instant.parse("2019-02-22T09:00:00Z"), i.resolved(), i.url(), updates, i.componentIds())));
        }

        JsonNode all = new ObjectMapper().readTree(CliRun.of("--data-dir", dataDir.toString(), "history", "--json").out());

        assertThat(all).hasSize(22);
        assertThat(all.get(0).get("status").asText()).isEqualTo("postmortem");
        assertThat(all.get(0).get("updates")).hasSize(5);
    }

    @Test
    void serviceAndSinceFilterAndTheTableShowsOneLinePerIncident() throws Exception {
        backfillEmma();

        CliRun table = CliRun.of("history", "--data-dir", dataDir.toString(), "--service", "emma", "--since", "2019-01-01");
        CliRun instant = CliRun.of("history", "--data-dir=" + dataDir, "--since=2019-01-01T00:00:00Z", "--json");
        CliRun offset = CliRun.of("history", "--data-dir=" + dataDir, "--since", "2018-12-31T18:00:00-06:00", "--json");
        CliRun other = CliRun.of("history", "--data-dir", dataDir.toString(), "--service", "nobody");

        assertThat(table.exit()).isZero();
        List<String> lines = table.out().lines().toList();
        assertThat(lines.get(0)).startsWith("SERVICE").contains("STARTED", "RESOLVED", "IMPACT", "STATUS", "UPDATES", "TITLE");
        assertThat(lines.get(1)).startsWith("emma").contains("2019-02-20 18:00 UTC", "resolved");
        int recent = new ObjectMapper().readTree(instant.out()).size();
        assertThat(recent).isBetween(1, 21).isEqualTo(lines.size() - 1);
        assertThat(new ObjectMapper().readTree(offset.out()).size()).isEqualTo(recent);
        assertThat(other.out()).isEqualTo("no incidents stored for nobody" + System.lineSeparator());
    }

    @Test
    void noStoreYetIsAnEmptyListAndCreatesNothing() throws Exception {
        Path none = dataDir.resolve("never-used");

        CliRun json = CliRun.of("history", "--json", "--data-dir", none.toString());
        CliRun table = CliRun.of("history", "--data-dir", none.toString());

        assertThat(json.exit()).isZero();
        assertThat(new ObjectMapper().readTree(json.out()).isArray()).isTrue();
        assertThat(new ObjectMapper().readTree(json.out())).isEmpty();
        assertThat(table.out()).isEqualTo("no incidents stored" + System.lineSeparator());
        assertThat(none).doesNotExist();
    }

    @Test
    void aBadDateOrOptionIsAUsageErrorOnOneLine() {
        CliRun run = CliRun.of("history", "--since", "last tuesday", "--data-dir", dataDir.toString());
        CliRun month = CliRun.of("history", "--since", "2026-13-01", "--data-dir", dataDir.toString());

        assertThat(run.exit()).isEqualTo(64);
        assertThat(run.err()).isEqualTo("statustray: history: --since takes a date (2026-10-07) or an ISO instant"
                + " (2026-10-07T10:00:00Z), not 'last tuesday'" + System.lineSeparator());
        assertThat(month.exit()).isEqualTo(64);
        assertThat(CliRun.of("history", "--bogus").exit()).isEqualTo(64);
        assertThat(CliRun.of("history", "extra").err()).contains("unexpected argument extra");
        assertThat(CliRun.of("history", "--since").exit()).isEqualTo(64);
    }

    @Test
    void aDamagedStoreIsOneLineAndExit3() throws Exception {
        Files.writeString(HistoryStore.file(dataDir), "garbage ".repeat(500));

        CliRun run = CliRun.of("history", "--data-dir", dataDir.toString());

        assertThat(run.exit()).isEqualTo(3);
        assertThat(run.err().lines()).singleElement().asString().startsWith("statustray: ")
                .contains("is not a readable history database");
    }

    @Test
    void itReadsWhileTheAppHoldsAWriteTransactionAndChangesNothingInTheFile() throws Exception {
        backfillEmma();
        try (Connection app = DriverManager.getConnection("jdbc:sqlite:" + HistoryStore.file(dataDir));
                Statement st = app.createStatement()) {
            st.execute("BEGIN IMMEDIATE");
            st.execute("DELETE FROM events"); // not committed: no reader sees it
            long start = System.nanoTime();

            CliRun run = CliRun.of("history", "--json", "--data-dir", dataDir.toString());

            assertThat(run.err()).isEmpty();
            assertThat(run.exit()).isZero();
            assertThat(new ObjectMapper().readTree(run.out())).hasSize(22);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).as("no wait for the writer's lock")
                    .isLessThan(Duration.ofSeconds(3));
            st.execute("ROLLBACK");
        }
    }

    @Test
    void anOlderSchemaIsReadAsItIsWithoutMigratingItAndANewerOneIsOneLineAndExit3() throws Exception {
        backfillEmma();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + HistoryStore.file(dataDir));
                Statement st = c.createStatement()) {
            st.execute("DROP INDEX transitions_by_component"); // what schema 2 added: the file is as schema 1 left it
            st.execute("DROP INDEX events_by_start");
            st.execute("PRAGMA user_version = 1");
        }

        CliRun older = CliRun.of("history", "--data-dir", dataDir.toString());

        assertThat(older.exit()).isZero();
        assertThat(older.out().lines()).hasSize(23);
        assertThat(userVersion()).as("not migrated").isEqualTo(1);

        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + HistoryStore.file(dataDir));
                Statement st = c.createStatement()) {
            st.execute("PRAGMA user_version = 99");
        }
        CliRun newer = CliRun.of("history", "--json", "--data-dir", dataDir.toString());

        assertThat(newer.exit()).isEqualTo(3);
        assertThat(newer.out()).isEmpty();
        assertThat(newer.err()).startsWith("statustray: history.db was written by a newer StatusTray (schema 99,")
                .hasLineCount(1);
    }

    @Test
    void jsonIsByteForByteWhatTheStoreGivesOfItsIncidentsAndTheTableHasALineEach() throws Exception {
        backfillEmma();
        Instant now = Instant.parse("2026-11-30T10:00:00Z");
        try (HistoryStore store = HistoryStore.open(dataDir)) {
            SeedStore.seed(store, 700, now, 6);
        }
        String[][] filters = {{null, null}, {"github", null}, {null, "2026-06-01"}, {"emma", "2019-02-01T00:00:00Z"}};
        for (String[] filter : filters) {
            List<StoredIncident> stored;
            try (HistoryStore store = HistoryStore.open(dataDir)) {
                stored = store.incidents(filter[0], filter[1] == null ? null : HistoryCommand.since(filter[1]));
            }
            List<String> args = new ArrayList<>(List.of("history", "--data-dir", dataDir.toString()));
            if (filter[0] != null) {
                args.addAll(List.of("--service", filter[0]));
            }
            if (filter[1] != null) {
                args.addAll(List.of("--since", filter[1]));
            }

            CliRun table = CliRun.of(args.toArray(new String[0]));
            args.add("--json");
            CliRun json = CliRun.of(args.toArray(new String[0]));

            assertThat(stored).as("incidents for " + args).isNotEmpty();
            assertThat(json.out()).as("json of " + args).isEqualTo(IncidentsJson.render(stored) + System.lineSeparator());
            assertThat(table.out().lines()).as("table of " + args).hasSize(stored.size() + 1);
        }
    }

    private int userVersion() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + HistoryStore.file(dataDir));
                Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA user_version")) {
            return rs.getInt(1);
        }
    }

    private void backfillEmma() throws Exception {
        try (LocalServer server = LocalServer.start()
                .json("/api/v2/incidents.json", 200, Fixtures.bytes("statuspage/incidents-emma-2019-02-21-america-chicago.json"));
                HistoryStore store = HistoryStore.open(dataDir)) {
            assertThat(BackfillTest.backfill(store).run("emma", server.root(), "statuspage"))
                    .isEqualTo(new Backfill.Result.Done(22, 0));
        }
    }
}
