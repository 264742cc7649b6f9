package org.statustray.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.statustray.model.Notice;
import org.statustray.model.Status;

/**
 * The store replaces a file it cannot go on with by a new one, and tells whoever listens, who fills it: a
 * file damaged while open (moved aside as it was), one removed, a data directory removed.
 */
class HistoryStoreRenewalTest {
    static final Instant T0 = Instant.parse("2026-10-07T10:00:00Z");
    static final Clock CLOCK = Clock.fixed(T0, ZoneOffset.UTC);

    @TempDir
    Path tmp;
    final List<HistoryRenewal.Renewed> told = new CopyOnWriteArrayList<>();

    @Test
    void aFileRemovedWhileOpenIsNoticedAndTheNextWriteGoesToANewFileTheListenerFilled() throws Exception {
        try (HistoryStore store = open()) {
            store.recordTransition("gh", null, null, Status.DEGRADED, T0);
            Files.delete(HistoryStore.file(tmp));

            store.recordTransition("gh", "c1", null, Status.OPERATIONAL, T0.plusSeconds(1));

            assertThat(told).containsExactly(new HistoryRenewal.Renewed(null, HistoryStore.file(tmp) + " was removed"));
            assertThat(store.transitions(null, null)).extracting(Transition::componentId).containsExactly("c1");
            assertThat(store.notifications(null)).extracting(Notice::key).containsExactly("filled");
        }
        try (HistoryStore again = HistoryStore.open(tmp)) {
            assertThat(again.transitions(null, null)).as("the old file's log was not replayed into the new one")
                    .extracting(Transition::componentId).containsExactly("c1");
        }
    }

    @Test
    void aDataDirectoryRemovedWhileOpenIsMadeAgainPrivate() throws Exception {
        Path dataDir = tmp.resolve("data");
        try (HistoryStore store = HistoryStore.open(dataDir, CLOCK, Migrations.STEPS)) {
            store.onRenewal(this::fill);
            store.recordTransition("gh", null, null, Status.DEGRADED, T0);
            try (Stream<Path> files = Files.walk(dataDir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }

            store.checkFile();

            assertThat(told).hasSize(1);
            assertThat(Files.getPosixFilePermissions(dataDir)).isEqualTo(PosixFilePermissions.fromString("rwx------"));
            assertThat(store.notifications(null)).extracting(Notice::key).containsExactly("filled");
            assertThat(store.transitions(null, null)).isEmpty();
        }
    }

    @Test
    void aFileDamagedWhileOpenIsMovedAsideByteForByteWithItsLogWhenSqliteFindsIt() throws Exception {
        try (HistoryStore store = open()) {
            for (int i = 0; i < 300; i++) {
                store.recordTransition("gh", "c" + i, null, Status.OPERATIONAL, T0);
            }
            StoreFaults.damageWhileOpen(tmp);
            byte[] damaged = Files.readAllBytes(HistoryStore.file(tmp));
            byte[] log = Files.readAllBytes(tmp.resolve("history.db-wal"));

            List<Transition> read = store.transitions("gh", null);

            Path copy = tmp.resolve("history.db.damaged-20261007-100000");
            assertThat(told).containsExactly(new HistoryRenewal.Renewed(copy,
                    HistoryStore.file(tmp) + " is not a readable history database (damaged, or not SQLite)"));
            assertThat(read).as("read again from the new file").isEmpty();
            assertThat(Files.readAllBytes(copy)).isEqualTo(damaged);
            assertThat(Files.readAllBytes(tmp.resolve("history.db.damaged-20261007-100000-wal"))).isEqualTo(log);
            store.recordTransition("gh", null, null, Status.OPERATIONAL, T0);
            assertThat(store.transitions("gh", null)).hasSize(1);
        }
        assertThat(CrashDurabilityTest.integrity(HistoryStore.file(tmp))).isEqualTo("ok");
    }

    @Test
    void writesHandedToTheWriterAreDoneInOrderAndReadsSeeThemAndAFailedBatchKeepsNothing() throws Exception {
        try (HistoryStore store = open()) {
            for (int i = 0; i < 200; i++) {
                String id = "c" + i;
                store.later(() -> store.batch(() -> store.recordTransition("gh", id, null, Status.DEGRADED, T0)));
            }
            store.later(() -> {
                try {
                    store.batch(() -> {
                        store.recordTransition("gh", "lost", null, Status.DEGRADED, T0);
                        throw new IllegalStateException("a write in the batch failed");
                    });
                } catch (IllegalStateException expected) {
                    // the batch is rolled back
                }
            });

            assertThat(store.transitions("gh", null)).extracting(Transition::componentId)
                    .containsExactlyElementsOf(Stream.iterate(0, i -> i + 1).limit(200).map(i -> "c" + i).toList());
        }
    }

    private HistoryStore open() throws StoreException {
        HistoryStore store = HistoryStore.open(tmp, CLOCK, Migrations.STEPS);
        store.onRenewal(this::fill);
        return store;
    }

    /** The listener: notes the renewal and writes one row, as the app fills a new file with what it knows. */
    private void fill(HistoryStore store, HistoryRenewal.Renewed what) {
        told.add(what);
        store.recordNotification(new Notice("filled", "gh", "s", "b", Status.DEGRADED, Notice.Urgency.NORMAL, "t",
                null, T0));
    }
}
