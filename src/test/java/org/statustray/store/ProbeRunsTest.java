package org.statustray.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.statustray.store.ProbeStoreTest.failed;
import static org.statustray.store.ProbeStoreTest.ok;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.statustray.model.ProbeFailure;
import org.statustray.testing.MovableClock;

/** The run of failed probes a service's kept buckets end with: what a restart carries on. */
class ProbeRunsTest {
    static final Instant T0 = Instant.parse("2026-10-07T10:00:00Z");

    @TempDir
    Path dir;
    final MovableClock clock = new MovableClock(T0);
    HistoryStore store;

    @AfterEach
    void close() {
        if (store != null) {
            store.close();
        }
    }

    void kept(int okAt, int... failedAt) throws Exception {
        store = HistoryStore.open(dir, clock, Migrations.STEPS);
        store.batch(() -> {
            if (okAt >= 0) {
                store.recordProbe("acme", ok(T0.plusSeconds(okAt), 100, 150));
            }
            for (int s : failedAt) {
                store.recordProbe("acme", failed(T0.plusSeconds(s), ProbeFailure.TIMEOUT, 10_000));
            }
        });
    }

    @Test
    void failuresAfterTheLastAnswerBeganInTheMinuteOfTheFirstOfThem() throws Exception {
        kept(10, 97, 127, 157, 187);
        assertThat(store.probesFailingSince("acme", T0.plusSeconds(600))).isEqualTo(T0.plusSeconds(60));
        assertThat(store.probesFailingSince("other", T0.plusSeconds(600))).as("never probed").isNull();
    }

    @Test
    void aMinuteThatAnsweredAndThenFailedStartsTheRun() throws Exception {
        kept(10, 40, 70, 100);
        assertThat(store.probesFailingSince("acme", T0.plusSeconds(300))).isEqualTo(T0);
    }

    @Test
    void aLastProbeThatAnsweredMeansNoRun() throws Exception {
        kept(200, 40, 70, 100);
        assertThat(store.probesFailingSince("acme", T0.plusSeconds(300))).isNull();
    }

    @Test
    void failuresKeptLongerAgoThanAQuarterHourAreAnotherRun() throws Exception {
        kept(-1, 40, 70, 100);
        assertThat(store.probesFailingSince("acme", T0.plusSeconds(120 + 14 * 60))).isEqualTo(T0);
        assertThat(store.probesFailingSince("acme", T0.plusSeconds(120 + 16 * 60))).isNull();
    }
}
