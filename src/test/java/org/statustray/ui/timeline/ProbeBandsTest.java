package org.statustray.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.statustray.model.ProbeFailure;
import org.statustray.store.ProbeBucket;
import org.statustray.ui.When;
import org.statustray.ui.timeline.TimelineModel.Period;

/** The probe band from the store's buckets: cells per period, their state, and the words for them. */
class ProbeBandsTest {
    static final Instant NOW = Instant.parse("2026-03-03T12:00:00Z");
    static final When BERLIN = new When(ZoneId.of("Europe/Berlin"));

    static ProbeBucket bucket(Instant start, Duration span, int ok, int failed, Long firstByte, ProbeFailure last) {
        ProbeBucket.Latency fb = firstByte == null ? null : new ProbeBucket.Latency(firstByte / 2, firstByte,
                firstByte * 2, ok);
        return new ProbeBucket(start, span, ok, failed, fb, new ProbeBucket.Latency(1, 2, 3, ok + failed), last);
    }

    @Test
    void noBucketsIsNoBand() {
        assertThat(ProbeBands.build(List.of(), NOW.minus(Duration.ofHours(24)), NOW, Period.DAY)).isNull();
    }

    @Test
    void aDayIsFiveMinuteCellsEachGreenAmberRedOrWithoutData() {
        Instant since = NOW.minus(Duration.ofHours(24));
        Duration minute = Duration.ofMinutes(1);
        ProbeBand band = ProbeBands.build(List.of(
                bucket(since.minus(Duration.ofMinutes(10)), Duration.ofMinutes(15), 15, 0, 100L, null), // began before
                bucket(NOW.minus(Duration.ofMinutes(9)), minute, 1, 0, 100L, null),
                bucket(NOW.minus(Duration.ofMinutes(8)), minute, 1, 1, 300L, ProbeFailure.DNS),
                bucket(NOW.minus(Duration.ofMinutes(4)), minute, 0, 1, null, ProbeFailure.UNREACHABLE),
                bucket(NOW.minus(Duration.ofMinutes(2)), minute, 0, 1, null, ProbeFailure.TIMEOUT)), since, NOW, Period.DAY);

        assertThat(band.cells()).hasSize(288);
        assertThat(band.cells().get(0).from()).isEqualTo(since);
        assertThat(band.cells().get(287).to()).isEqualTo(NOW);
        assertThat(band.cells()).extracting(ProbeBand.Cell::state).startsWith(ProbeBand.State.ANSWERED,
                ProbeBand.State.NO_DATA).endsWith(ProbeBand.State.SOME_FAILED, ProbeBand.State.ALL_FAILED);
        assertThat(band.cells().get(286)).satisfies(c -> {
            assertThat(c.ok()).isEqualTo(2);
            assertThat(c.failed()).isEqualTo(1);
            assertThat(c.firstByteMs()).isEqualTo(200); // (100 + 300) / 2 probes with a first byte
            assertThat(c.lastFailure()).isEqualTo(ProbeFailure.DNS);
        });
        assertThat(band.cells().get(287).lastFailure()).as("the latest failure of the cell").isEqualTo(ProbeFailure.TIMEOUT);
        assertThat(band.probes()).isEqualTo(20);
        assertThat(band.answeredText()).isEqualTo("85.0 %");
        assertThat(ProbeBands.describe(band.cells().get(286), BERLIN, NOW))
                .isEqualTo("1 of 3 probes failed (last: name not found) · first byte 200 ms (50–600 ms)"
                        + " · 3 Mar 12:50 – 3 Mar 12:55 CET");
        assertThat(ProbeBands.describe(band.cells().get(287), BERLIN, NOW))
                .isEqualTo("All 2 probes failed (last: timeout) · 3 Mar 12:55 – 3 Mar 13:00 CET");
        assertThat(ProbeBands.describe(band.cells().get(1), BERLIN, NOW)).startsWith("No probes · ");
        assertThat(ProbeBands.describe(band.cells().get(0), BERLIN, NOW)).startsWith("All 15 probes answered · first byte 100 ms (50–200 ms)");
    }

    @Test
    void aWeekIsHourCellsAndAQuarterSixHourOnes() {
        Instant week = NOW.minus(Duration.ofDays(7));
        Instant quarter = NOW.minus(Duration.ofDays(90));
        List<ProbeBucket> one = List.of(bucket(NOW.minus(Duration.ofMinutes(30)), Duration.ofMinutes(15), 1, 0, 50L, null));

        assertThat(ProbeBands.build(one, week, NOW, Period.WEEK).cells()).hasSize(168);
        assertThat(ProbeBands.build(one, quarter, NOW, Period.QUARTER).cells()).hasSize(360)
                .last().extracting(ProbeBand.Cell::state).isEqualTo(ProbeBand.State.ANSWERED);
        assertThat(ProbeBands.describe(ProbeBands.build(one, week, NOW, Period.WEEK).cells().get(167), BERLIN, NOW))
                .isEqualTo("The probe answered · first byte 50 ms (25–100 ms) · 3 Mar 12:00 – 3 Mar 13:00 CET");
    }
}
