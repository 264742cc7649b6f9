package org.statustray.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.statustray.model.Notice;
import org.statustray.model.Status;
import org.statustray.store.HistoryStore;
import org.statustray.store.StoreFaults;
import org.statustray.testing.MovableClock;

/** When a history that cannot be written is said: once a streak, and a new streak not within the hour. */
class HistoryTroubleTest {
    static final Instant T0 = Instant.parse("2026-11-30T10:00:00Z");

    @TempDir
    Path dir;
    final MovableClock clock = new MovableClock(T0);
    final List<Notice> told = new ArrayList<>();
    final HistoryTrouble trouble = new HistoryTrouble(told::add, clock);
    HistoryStore store;

    @BeforeEach
    void open() throws Exception {
        store = HistoryStore.open(dir);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aStreakOfFailuresIsOneNoticeAndReadsThatWorkDoNotEndIt() {
        StoreFaults.readOnly(store, true);
        for (int i = 0; i < 5; i++) {
            write(i);
            assertThat(trouble.read(() -> store.transitions("gh", null).size(), -1)).isZero();
        }

        assertThat(told).singleElement().satisfies(n -> {
            assertThat(n.summary()).isEqualTo("History cannot be saved");
            assertThat(n.body()).isEqualTo("Cannot record a status change: " + HistoryStore.file(dir) + " is read-only."
                    + " StatusTray keeps watching and shows the current status; changes are not saved to the history"
                    + " until this is fixed.");
            assertThat(n.serviceId()).isNull();
            assertThat(n.at()).isEqualTo(T0);
        });
    }

    @Test
    void aNewStreakIsToldAgainOnlyAnHourAfterTheLastNotice() {
        StoreFaults.readOnly(store, true);
        write(0);
        StoreFaults.readOnly(store, false);
        write(1); // works: the streak ends
        clock.advance(Duration.ofMinutes(59));
        StoreFaults.readOnly(store, true);
        write(2);
        assertThat(told).as("a disk on the edge of full does not nag").hasSize(1);

        StoreFaults.readOnly(store, false);
        write(3);
        clock.advance(Duration.ofMinutes(1));
        StoreFaults.readOnly(store, true);
        write(4);
        assertThat(told).extracting(Notice::at).containsExactly(T0, T0.plus(Duration.ofHours(1)));
        assertThat(store.transitions("gh", null)).as("the writes that worked").hasSize(2);
    }

    @Test
    void aFailedReadGivesTheFallbackAndIsSaidLikeAWrite() {
        store.close();

        assertThat(trouble.read(() -> store.wasNotified("k"), false)).isFalse();
        assertThat(told).singleElement().extracting(Notice::body).asString()
                .startsWith("Cannot read the notifications sent: the history store is closed.");
    }

    private void write(int i) {
        trouble.write(() -> store.recordTransition("gh", null, Status.OPERATIONAL, Status.DEGRADED, T0.plusSeconds(i)));
    }
}
