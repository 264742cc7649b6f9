package org.statustray.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.statustray.model.Status;
import org.statustray.ui.timeline.TimelineBand.Segment;

/** The one home of the uptime rule: over known time only, saying how much is known, "—" with none. */
class UptimeTest {
    static final Instant START = Instant.parse("2026-03-01T00:00:00Z");

    static Instant day(double d) {
        return START.plus(Duration.ofMinutes(Math.round(d * 24 * 60)));
    }

    @Test
    void aBandWithNothingKnownShowsADashNotAHundredPercent() {
        Uptime u = Uptime.of(List.of(new Segment(day(0), day(7), null)));

        assertThat(u.text()).isEqualTo("—");
        assertThat(u.percent()).isEmpty();
        assertThat(u.anyKnown()).isFalse();
        assertThat(u.spoken()).isEqualTo("no data, so no uptime");
    }

    @Test
    void couldNotTellIsNotKnownTimeEither() {
        Uptime u = Uptime.of(List.of(new Segment(day(0), day(1), Status.UNKNOWN), new Segment(day(1), day(2), null)));

        assertThat(u.text()).isEqualTo("—");
    }

    @Test
    void partOfThePeriodKnownSaysHowMuch() {
        // 7 days, of which 3 known: 3 d less 35 min of major outage
        Uptime u = Uptime.of(List.of(new Segment(day(0), day(4), null),
                new Segment(day(4), day(5), Status.OPERATIONAL),
                new Segment(day(5), day(5).plus(Duration.ofMinutes(35)), Status.MAJOR_OUTAGE),
                new Segment(day(5).plus(Duration.ofMinutes(35)), day(7), Status.DEGRADED)));

        assertThat(u.known()).isEqualTo(Duration.ofDays(3));
        assertThat(u.percent().getAsDouble()).isCloseTo(100 * (1 - 35.0 / (3 * 24 * 60)), within(1e-9));
        assertThat(u.text()).isEqualTo("99.1 % of 3 d known");
        assertThat(u.spoken()).isEqualTo("99.1 % uptime over the 3 d known");
    }

    @Test
    void aWhollyKnownPeriodIsTheFigureAloneCutNotRounded() {
        Uptime u = Uptime.of(List.of(new Segment(day(0), day(1), Status.OPERATIONAL),
                new Segment(day(1), day(1).plusSeconds(1), Status.PARTIAL_OUTAGE),
                new Segment(day(1).plusSeconds(1), day(2), Status.MAINTENANCE)));

        assertThat(u.wholePeriodKnown()).isTrue();
        assertThat(u.text()).isEqualTo("99.9 %"); // 99.9998…: never rounded up to 100.0 %
        assertThat(u.spoken()).isEqualTo("99.9 % uptime");
    }
}
