package org.statustray.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.statustray.model.Impact;
import org.statustray.model.Incident;
import org.statustray.model.IncidentUpdate;
import org.statustray.model.Status;

/** Opening the store: creation, permissions, migrations, and files it must refuse with a reason. */
class HistoryStoreFileTest {
    static final Instant T0 = Instant.parse("2026-10-07T10:00:00Z");
    static final Clock CLOCK = Clock.fixed(T0, ZoneOffset.UTC);

    @TempDir
    Path tmp;

    @Test
    void anEmptyDirectoryGetsAPrivateWalDatabaseAtTheLatestSchema() throws Exception {
        Path dataDir = tmp.resolve("a/b/statustray");
        try (HistoryStore store = HistoryStore.open(dataDir)) {
            store.recordTransition("openai", null, Status.OPERATIONAL, Status.DEGRADED, T0);
            assertThat(Files.getPosixFilePermissions(dataDir)).isEqualTo(PosixFilePermissions.fromString("rwx------"));
            assertThat(Files.getPosixFilePermissions(HistoryStore.file(dataDir)))
                    .isEqualTo(PosixFilePermissions.fromString("rw-------"));
            assertThat(Files.getPosixFilePermissions(dataDir.resolve("history.db-wal")))
                    .isEqualTo(PosixFilePermissions.fromString("rw-------"));
        }
        assertThat(pragma(dataDir, "journal_mode")).isEqualTo("wal");
        assertThat(pragma(dataDir, "user_version")).isEqualTo(String.valueOf(Migrations.STEPS.size()));
    }

    @Test
    void anExistingFileIsMadePrivateAndReopeningKeepsEverything() throws Exception {
        try (HistoryStore store = HistoryStore.open(tmp)) {
            store.recordTransition("github", "comp1", Status.OPERATIONAL, Status.MAJOR_OUTAGE, T0);
        }
        Files.setPosixFilePermissions(HistoryStore.file(tmp), PosixFilePermissions.fromString("rw-r--r--"));
        try (HistoryStore store = HistoryStore.open(tmp)) {
            assertThat(store.transitions("github", null)).containsExactly(
                    new Transition("github", "comp1", Status.OPERATIONAL, Status.MAJOR_OUTAGE, T0));
        }
        assertThat(Files.getPosixFilePermissions(HistoryStore.file(tmp))).isEqualTo(PosixFilePermissions.fromString("rw-------"));
    }

    @Test
    void sqliteFilesLeftBehindWiderAreMadePrivateBeforeSqliteReusesThem() throws Exception {
        byte[] wal;
        byte[] shm;
        try (HistoryStore store = HistoryStore.open(tmp)) {
            store.recordTransition("github", null, Status.OPERATIONAL, Status.DEGRADED, T0);
            wal = Files.readAllBytes(tmp.resolve("history.db-wal"));
            shm = Files.readAllBytes(tmp.resolve("history.db-shm"));
        }
        // As a crash would leave them, from a time the files were wider: SQLite reuses a non-empty one as it is
        Files.write(tmp.resolve("history.db-wal"), wal);
        Files.write(tmp.resolve("history.db-shm"), shm);
        for (String sidecar : List.of("-wal", "-shm")) {
            Files.setPosixFilePermissions(tmp.resolve("history.db" + sidecar), PosixFilePermissions.fromString("rw-rw-rw-"));
        }
        assertThat(wal).isNotEmpty();

        try (HistoryStore store = HistoryStore.open(tmp)) {
            assertThat(store.transitions("github", null)).hasSize(1);
            for (String sidecar : List.of("-wal", "-shm")) {
                assertThat(Files.getPosixFilePermissions(tmp.resolve("history.db" + sidecar))).as(sidecar)
                        .isEqualTo(PosixFilePermissions.fromString("rw-------"));
            }
        }
    }

    @Test
    void anOlderFileIsMigratedStepByStepKeepingItsRows() throws Exception {
        List<List<String>> v1 = Migrations.STEPS;
        try (HistoryStore store = HistoryStore.open(tmp, CLOCK, v1)) {
            store.recordTransition("slack", null, null, Status.OPERATIONAL, T0);
        }
        List<List<String>> v2 = new ArrayList<>(v1);
        v2.add(List.of("CREATE TABLE later_feature (x TEXT)", "INSERT INTO later_feature VALUES ('migrated')"));
        try (HistoryStore store = HistoryStore.open(tmp, CLOCK, v2)) {
            assertThat(store.transitions(null, null)).hasSize(1);
        }
        assertThat(pragma(tmp, "user_version")).isEqualTo(String.valueOf(v2.size()));
        assertThat(query(tmp, "SELECT x FROM later_feature")).isEqualTo("migrated");
        HistoryStore.open(tmp, CLOCK, v2).close();
        assertThat(query(tmp, "SELECT count(*) FROM later_feature")).as("a step runs once").isEqualTo("1");
    }

    @Test
    void aFileFromANewerVersionIsRefused() throws Exception {
        HistoryStore.open(tmp).close();
        execute(tmp, "PRAGMA user_version = 99");

        assertThatThrownBy(() -> HistoryStore.open(tmp)).isInstanceOf(StoreException.class)
                .hasMessageContaining("newer StatusTray").hasMessageContaining("99");
    }

    @Test
    void aFileThatIsNotADatabaseIsMovedAsideAsItWasAndANewOneStarted() throws Exception {
        byte[] garbage = "this is not a database at all\n".repeat(200).getBytes(StandardCharsets.UTF_8);
        Files.write(HistoryStore.file(tmp), garbage);
        List<HistoryRenewal.Renewed> told = new ArrayList<>();

        try (HistoryStore store = HistoryStore.open(tmp, CLOCK, Migrations.STEPS)) {
            store.onRenewal((s, what) -> told.add(what));
            store.recordTransition("slack", null, null, Status.OPERATIONAL, T0);
            assertThat(store.transitions(null, null)).hasSize(1);
        }

        Path copy = tmp.resolve("history.db.damaged-20261007-100000");
        assertThat(told).containsExactly(new HistoryRenewal.Renewed(copy, HistoryStore.file(tmp)
                + " is not a readable history database (damaged, or not SQLite)"));
        assertThat(Files.readAllBytes(copy)).isEqualTo(garbage);
        assertThat(pragma(tmp, "user_version")).isEqualTo(String.valueOf(Migrations.STEPS.size()));
    }

    @Test
    void aReadOnlyDataDirectoryIsAStoreExceptionWithAReason() throws Exception {
        Path dataDir = Files.createDirectory(tmp.resolve("ro"));
        Files.setPosixFilePermissions(dataDir, PosixFilePermissions.fromString("r-x------"));
        try {
            assertThatThrownBy(() -> HistoryStore.open(dataDir)).isInstanceOf(StoreException.class)
                    .hasMessageContaining("is read-only");
            assertThat(HistoryStore.file(dataDir)).doesNotExist();
        } finally {
            Files.setPosixFilePermissions(dataDir, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void aDataDirectoryThatCannotBeCreatedIsAStoreException() throws Exception {
        Path aFile = Files.writeString(tmp.resolve("plain-file"), "x");

        assertThatThrownBy(() -> HistoryStore.open(aFile.resolve("statustray"))).isInstanceOf(StoreException.class)
                .hasMessageStartingWith("cannot create the data directory");
    }

    @Test
    void aDirectoryWhereTheFileShouldBeIsAStoreException() throws Exception {
        Files.createDirectories(HistoryStore.file(tmp));

        assertThatThrownBy(() -> HistoryStore.open(tmp)).isInstanceOf(StoreException.class)
                .hasMessageContaining("is a directory");
    }

    /** SQLite rolls a transaction back by itself on SQLITE_FULL; the reason given is still the full disk. */
    @Test
    void aFullDiskIsTheReasonGivenAndTheStoreWritesAgainOnceThereIsRoom() throws Exception {
        try (HistoryStore store = HistoryStore.open(tmp)) {
            store.upsertIncidents("gh", List.of(CrashWriter.incident("small", 1)));
            StoreFaults.full(store);
            Incident big = new Incident("big", "A long one", "investigating", Impact.MINOR, T0, T0, null, null,
                    List.of(new IncidentUpdate("u1", "investigating", T0, T0, "words ".repeat(50_000))), List.of());

            assertThatThrownBy(() -> store.upsertIncidents("gh", List.of(big)))
                    .isInstanceOf(UncheckedStoreException.class)
                    .hasMessage("cannot store incidents: the disk holding " + HistoryStore.file(tmp) + " is full");
            assertThat(store.incidents("gh", null)).extracting(s -> s.incident().id()).containsExactly("small");

            StoreFaults.room(store);
            store.upsertIncidents("gh", List.of(big));
            assertThat(store.incidents("gh", null)).extracting(s -> s.incident().id())
                    .containsExactlyInAnyOrder("small", "big");
        }
        assertThat(CrashDurabilityTest.integrity(HistoryStore.file(tmp))).isEqualTo("ok");
    }

    @Test
    void aClosedStoreSaysSoInsteadOfCrashing() throws Exception {
        HistoryStore store = HistoryStore.open(tmp);
        store.close();
        store.close();

        assertThatThrownBy(() -> store.transitions(null, null)).isInstanceOf(UncheckedStoreException.class)
                .hasMessage("cannot read status changes: the history store is closed");
    }

    static String pragma(Path dataDir, String name) throws Exception {
        return query(dataDir, "PRAGMA " + name);
    }

    static String query(Path dataDir, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + HistoryStore.file(dataDir));
                Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    static void execute(Path dataDir, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + HistoryStore.file(dataDir));
                Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }
}
