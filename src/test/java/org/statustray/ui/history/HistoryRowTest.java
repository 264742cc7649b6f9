package org.statustray.ui.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.statustray.model.Impact;
import org.statustray.model.Incident;
import org.statustray.model.Status;
import org.statustray.ui.When;

/**
 * What one row of the history table says on its own: its start with the zone, as the other windows write
 * times, and the one rule for the mark beside its impact.
 */
class HistoryRowTest {
    static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");
    static final When CHICAGO = new When(ZoneId.of("America/Chicago"));

    static HistoryRow row(Impact impact, String status, String started, String resolved) {
        Instant end = resolved == null ? null : Instant.parse(resolved);
        Incident i = new Incident("i", "Webhooks delayed", status, impact, started == null ? null : Instant.parse(started),
                end, end, null, List.of(), List.of());
        return HistoryRow.of("github", "GitHub", i, null, NOW);
    }

    @Test
    void theStartIsWrittenInTheUsersZoneWithTheZonesNameAndTheYearOnlyWhenItIsNotThisYears() {
        assertThat(row(Impact.MINOR, "resolved", "2026-03-01T03:00:00Z", "2026-03-01T04:00:00Z").startedText(CHICAGO, NOW))
                .isEqualTo("28 Feb 21:00 CST");
        assertThat(row(Impact.MINOR, "resolved", "2026-03-09T15:00:00Z", "2026-03-09T16:00:00Z").startedText(CHICAGO, NOW))
                .as("after the clocks went forward on 8 March").isEqualTo("9 Mar 10:00 CDT");
        assertThat(row(Impact.MINOR, "resolved", "2025-07-04T17:30:00Z", "2025-07-04T18:00:00Z").startedText(CHICAGO, NOW))
                .isEqualTo("4 Jul 2025 12:30 CDT");
        assertThat(row(Impact.MINOR, "resolved", "2026-03-01T03:00:00Z", "2026-03-01T04:00:00Z")
                .startedText(new When(ZoneId.of("UTC")), NOW)).isEqualTo("1 Mar 03:00 UTC");
        assertThat(row(Impact.MINOR, "resolved", null, "2026-03-01T04:00:00Z").startedText(CHICAGO, NOW))
                .as("the page gave no start").isEmpty();
    }

    @Test
    void anOpenIncidentOfImpactNoneHasNoMarkWhileTheSameIncidentResolvedHasTheOperationalOne() {
        HistoryRow open = row(Impact.NONE, "investigating", "2026-03-10T11:00:00Z", null);
        HistoryRow resolved = row(Impact.NONE, "resolved", "2026-03-10T09:00:00Z", "2026-03-10T10:00:00Z");

        assertThat(open.ongoing()).isTrue();
        assertThat(open.mark()).as("open: never the green tick").isNull();
        assertThat(open.durationText()).as("and the row says it is open").isEqualTo("ongoing");
        assertThat(resolved.mark()).isEqualTo(Status.OPERATIONAL);
    }

    @Test
    void everyOtherImpactWearsTheMarkOfTheStatusItImpliesOpenOrNotAndNoImpactGivenWearsNone() {
        for (boolean open : new boolean[] {true, false}) {
            String status = open ? "identified" : "resolved";
            String resolved = open ? null : "2026-03-10T10:00:00Z";
            assertThat(row(Impact.MINOR, status, "2026-03-10T09:00:00Z", resolved).mark()).isEqualTo(Status.DEGRADED);
            assertThat(row(Impact.MAJOR, status, "2026-03-10T09:00:00Z", resolved).mark()).isEqualTo(Status.PARTIAL_OUTAGE);
            assertThat(row(Impact.CRITICAL, status, "2026-03-10T09:00:00Z", resolved).mark()).isEqualTo(Status.MAJOR_OUTAGE);
            assertThat(row(null, status, "2026-03-10T09:00:00Z", resolved).mark()).isNull();
        }
    }
}
