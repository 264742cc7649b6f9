package org.statustray.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Until when a snooze lasts, in the person's zone, in words that stay true after midnight. */
class SnoozeTest {
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final Instant NOW = Instant.parse("2026-12-07T17:30:00Z"); // Monday 18:30 CET

    @Test
    void laterTodayIsATimeWithItsZone() {
        assertThat(Snooze.of(Instant.parse("2026-12-07T18:30:00Z"), NOW, BERLIN).sentence())
                .isEqualTo("Notifications snoozed until 19:30 CET");
    }

    @Test
    void anotherDayNamesTheDaySoThatItDoesNotGoStaleAtMidnight() {
        assertThat(Snooze.of(Instant.parse("2026-12-07T23:00:00Z"), NOW, BERLIN).when()).isEqualTo("Tue 00:00 CET");
        assertThat(Snooze.of(Instant.parse("2026-12-20T09:00:00Z"), NOW, BERLIN).when()).isEqualTo("Sun 20 Dec 10:00 CET");
    }

    @Test
    void aStateKnowsWhetherItIsSnoozed() {
        Snooze snooze = Snooze.of(Instant.parse("2026-12-07T18:30:00Z"), NOW, BERLIN);
        assertThat(new TrayState(Status.OPERATIONAL, "", List.of(), snooze).snoozed()).isTrue();
        assertThat(new TrayState(Status.OPERATIONAL, "", List.of(), null).snoozed()).isFalse();
        assertThat(new TrayState(Status.OPERATIONAL, "", List.of(), true).snooze()).isEqualTo(Snooze.UNTIL_RESUMED);
        assertThat(Snooze.UNTIL_RESUMED.sentence()).isEqualTo("Notifications snoozed");
    }

    @Test
    void aMutedRowSaysSoAfterWhatItSays() {
        TrayState.Row row = new TrayState.Row("gh", "GitHub", Status.DEGRADED, "", Verdict.THEM_CONFIRMED);
        assertThat(row.withMuted(true).saysMarked()).isEqualTo(row.says() + " (muted)");
        assertThat(row.saysMarked()).isEqualTo(row.says());
    }
}
