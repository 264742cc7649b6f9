package org.statustray.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.statustray.model.ProbeFailure;
import org.statustray.model.ProbeResult;
import org.statustray.model.ProbeTimes;
import org.statustray.testing.MovableClock;

/** Probe results kept as buckets: summed per minute, merged into longer buckets with age, dropped after 90 days. */
class ProbeStoreTest {
    static final Instant T0 = Instant.parse("2026-10-07T10:00:00Z");
    /** The bound is per service; the 20 services' figures are measured by the bench's probe store part. */
    static final int SERVICES = 3;

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

    static ProbeResult ok(Instant at, long firstByte, long total) {
        return new ProbeResult("https://acme.test/", true, 200, new ProbeTimes(5L, 10L, 20L, firstByte, total), null,
                null, at);
    }

    static ProbeResult failed(Instant at, ProbeFailure kind, long total) {
        return new ProbeResult("https://acme.test/", false, null, new ProbeTimes(5L, null, null, null, total), kind,
                "no answer", at);
    }

    HistoryStore open() throws Exception {
        store = HistoryStore.open(dir, clock, Migrations.STEPS);
        return store;
    }

    @Test
    void probesOfOneMinuteAreOneBucketWithTheirCountsLatenciesAndLastFailure() throws Exception {
        open();
        store.batch(() -> {
            store.recordProbe("acme", ok(T0.plusSeconds(1), 100, 150));
            store.recordProbe("acme", failed(T0.plusSeconds(20), ProbeFailure.DNS, 3));
            store.recordProbe("acme", ok(T0.plusSeconds(30), 300, 330));
            store.recordProbe("acme", failed(T0.plusSeconds(50), ProbeFailure.TIMEOUT, 10_000));
            store.recordProbe("acme", ok(T0.plusSeconds(61), 80, 90));
            store.recordProbe("other", ok(T0.plusSeconds(2), 1, 2));
        });

        List<ProbeBucket> series = store.probeSeries("acme", T0, T0.plusSeconds(3600));

        assertThat(series).containsExactly(
                new ProbeBucket(T0, Duration.ofMinutes(1), 2, 2, new ProbeBucket.Latency(100, 200, 300, 2),
                        new ProbeBucket.Latency(3, 2620, 10_000, 4), ProbeFailure.TIMEOUT),
                new ProbeBucket(T0.plusSeconds(60), Duration.ofMinutes(1), 1, 0, new ProbeBucket.Latency(80, 80, 80, 1),
                        new ProbeBucket.Latency(90, 90, 90, 1), null));
        assertThat(store.probeSeries("acme", T0.plusSeconds(30), T0.plusSeconds(60))).as("overlapping [from, to)")
                .extracting(ProbeBucket::start).containsExactly(T0);
        assertThat(store.probeSeries("acme", T0.plusSeconds(120), T0.plusSeconds(3600))).isEmpty();
        assertThat(store.probeSeries("nobody", T0, T0.plusSeconds(3600))).isEmpty();
    }

    @Test
    void aProbeWithAnEarlierFailureAfterALaterOneKeepsTheLaterOneAsLast() throws Exception {
        open();
        store.recordProbe("acme", failed(T0.plusSeconds(40), ProbeFailure.TLS, 5));
        store.recordProbe("acme", failed(T0.plusSeconds(10), ProbeFailure.UNREACHABLE, 5));

        assertThat(store.probeSeries("acme", T0, T0.plusSeconds(60))).singleElement()
                .extracting(ProbeBucket::lastFailure, ProbeBucket::firstByte, ProbeBucket::failed)
                .containsExactly(ProbeFailure.TLS, null, 2);
    }

    @Test
    void olderBucketsAreMergedExactlyAndThoseOlderThan90DaysDropped() throws Exception {
        open();
        Instant start = T0.minus(Duration.ofDays(100));
        int probes = 0;
        // one probe every 10 minutes for 100 days, the clock following, so compaction runs as it would live
        for (Instant t = start; t.isBefore(T0); t = t.plus(Duration.ofMinutes(10))) {
            clock.set(t);
            boolean up = probes % 7 != 0;
            store.recordProbe("acme", up ? ok(t, 100 + probes % 50, 200) : failed(t, ProbeFailure.TIMEOUT, 200));
            probes++;
        }
        clock.set(T0);
        store.compactProbes();

        List<ProbeBucket> all = store.probeSeries("acme", start, T0);
        Instant dayAgo = T0.minus(Duration.ofHours(24));
        Instant weekAgo = T0.minus(Duration.ofDays(7));
        assertThat(all.get(0).end()).isAfter(T0.minus(Duration.ofDays(90)));
        assertThat(all.get(0).start()).isAfterOrEqualTo(T0.minus(Duration.ofDays(90)).minus(Duration.ofHours(1)));
        for (ProbeBucket b : all) {
            Duration expected = b.end().isAfter(dayAgo) ? null : b.end().isAfter(weekAgo) ? Duration.ofMinutes(15)
                    : Duration.ofHours(1);
            if (expected == null) {
                assertThat(b.span()).as("a recent bucket at " + b.start()).isIn(Duration.ofMinutes(1), Duration.ofMinutes(15));
            } else {
                assertThat(b.span()).as("the bucket at " + b.start()).isEqualTo(expected);
            }
            assertThat(b.start().getEpochSecond() % b.span().toSeconds()).as("on its span's boundary").isZero();
        }
        // every probe since the first kept bucket is counted once, no more, no less
        long kept = all.stream().mapToLong(ProbeBucket::probes).sum();
        long sent = Duration.between(all.get(0).start(), T0).toMinutes() / 10;
        assertThat(kept).isBetween(sent, sent + 1);
        assertThat(all.stream().mapToLong(ProbeBucket::failed).sum()).isBetween(kept / 7 - 1, kept / 7 + 1);
        assertThat(all).filteredOn(b -> b.span().equals(Duration.ofHours(1)))
                .allSatisfy(b -> assertThat(b.firstByte().min()).isBetween(100L, 149L));
        long hourly = all.stream().filter(b -> b.span().equals(Duration.ofHours(1))).count();
        assertThat(hourly).isBetween(83L * 24, 83L * 24 + 1);
    }

    @Test
    void aWeekOfPerMinuteProbesStaysWithinItsRowBoundPerServiceAndLosesNoProbe() throws Exception {
        open();
        Instant start = T0.minus(Duration.ofDays(7));
        for (Instant t = start; t.isBefore(T0); t = t.plus(Duration.ofMinutes(1))) {
            clock.set(t);
            Instant at = t;
            store.batch(() -> {
                for (int s = 0; s < SERVICES; s++) {
                    store.recordProbe("service-" + s, ok(at, 100, 120));
                }
            });
        }
        clock.set(T0);

        // compaction runs every 15 minutes and cuts on 15-minute boundaries: up to 2 × 15 minutes more than
        // a day stay as minutes; 6 days of quarter hours, one of them cut by the week's start
        long bound = 24 * 60 + 2 * 15 + 1 + 6 * 24 * 4 + 1;
        for (int s = 0; s < SERVICES; s++) {
            String id = "service-" + s;
            assertThat(Long.parseLong(HistoryStoreFileTest.query(dir, "SELECT count(*) FROM probes WHERE service_id = '"
                    + id + "'"))).as(id).isLessThanOrEqualTo(bound);
            assertThat(store.probeSeries(id, start, T0).stream().mapToInt(ProbeBucket::probes).sum()).isEqualTo(7 * 24 * 60);
        }
    }
}
