package org.statustray.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.statustray.model.Impact;
import org.statustray.model.Incident;
import org.statustray.model.IncidentUpdate;
import org.statustray.model.Maintenance;

/** The one home of the feed rules: closing words, items' own status words, and age. */
class FeedRulesTest {
    static final Instant NOW = Instant.parse("2026-07-07T16:40:29Z");

    @ParameterizedTest
    @ValueSource(strings = {
        "[Resolved] routing issues at main provider", // status.torproject.org
        "[RESOLVED] Storage in West Europe", "(Fixed) Login errors", "[ Completed ] Database upgrade",
        "Storage in West Europe [MITIGATED]", "Resolved: Virtual Machines", "RESOLVED - Storage - East US",
        "Mitigated - Azure Front Door issues", "Restored: e-mail delivery", "recovered — API latency",
        "Closed: Login errors", "Fixed | Dashboard slow", "Resolved", "resolved.", "Resolved intermittent API errors",
        "Mitigated packet loss in Frankfurt", "Database Performance Issue - Resolved", "API errors: Completed",
        "Status: RESOLVED", "  status:resolved\nSeverity: available",
    })
    void closingWordsInEveryFormCloseAnEntry(String title) {
        assertThat(FeedRules.saysClosed(title)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Resolving DNS issues", "Closed beta launch", "Fixed IP addresses unreachable", "Completed orders missing",
        "Restoredata jobs failing", "Resolvedness", "[API (us-east-1.api.x.ai)] Increased Latency for Chat Completions",
        "Users cannot see resolved tickets", "Recovery codes not accepted", "Azure Front Door - Connectivity issues - Investigating",
        "Network DDoS", "", "   ", "[]", "Status: Investigating",
    })
    void otherWordsDoNotClose(String title) {
        assertThat(FeedRules.saysClosed(title)).isFalse();
    }

    @Test
    void nothingIsNotClosed() {
        assertThat(FeedRules.saysClosed(null)).isFalse();
        assertThat(FeedRules.isClosingLabel(null)).isFalse();
    }

    @Test
    void updateLabelsCloseByTheSameWordsAndPostmortem() {
        assertThat(List.of("Resolved", "Completed", "Postmortem", "Fixed", "Service Restored", "Issue Resolved", "mitigated"))
                .allMatch(FeedRules::isClosingLabel);
        assertThat(List.of("Investigating", "Update", "Monitoring", "Identified", "In progress", "Scheduled"))
                .noneMatch(FeedRules::isClosingLabel);
    }

    @Test
    void itemsOwnStatusWordsMapThroughTheStatusWords() {
        assertThat(FeedRules.statusWords(List.of("available", "resolved"))).as("status.x.ai's categories")
                .isEqualTo(new FeedRules.Reading(true, Impact.NONE));
        assertThat(FeedRules.statusWords(List.of("outage", "active")))
                .isEqualTo(new FeedRules.Reading(false, Impact.MAJOR));
        assertThat(FeedRules.statusWords(List.of("major_outage", "investigating")))
                .isEqualTo(new FeedRules.Reading(false, Impact.CRITICAL));
        assertThat(FeedRules.statusWords(List.of("Degraded Performance"))).isEqualTo(new FeedRules.Reading(null, Impact.MINOR));
        assertThat(FeedRules.statusWords(List.of("Operational"))).as("all well, and nothing says open")
                .isEqualTo(new FeedRules.Reading(true, Impact.NONE));
        assertThat(FeedRules.statusWords(List.of("COMPLETED"))).isEqualTo(new FeedRules.Reading(true, null));
        assertThat(FeedRules.statusWords(List.of("2022-01-27 18:58:00 +0000", "Incident", "Maintenance", "")))
                .as("topics and dates say nothing").isEqualTo(FeedRules.Reading.NOTHING);
        assertThat(FeedRules.statusWords(List.of())).isEqualTo(FeedRules.Reading.NOTHING);
    }

    @Test
    void anIncidentGoesQuietThreeDaysAfterItsLastUpdate() {
        Instant last = NOW.minus(FeedRules.QUIET_INCIDENT);
        assertThat(FeedRules.QUIET_INCIDENT).isEqualTo(Duration.ofDays(3));
        assertThat(FeedRules.isCurrent(open(NOW.minus(Duration.ofDays(10)), last), NOW)).as("exactly at the limit").isTrue();
        assertThat(FeedRules.isCurrent(open(last, last.minusSeconds(1)), NOW)).as("started at the limit, no update").isFalse();
        assertThat(FeedRules.isCurrent(open(null, last.minusSeconds(1)), NOW)).isFalse();
        assertThat(FeedRules.isCurrent(open(last.minusSeconds(1), null), NOW)).as("no update time: its start").isFalse();
        assertThat(FeedRules.isCurrent(open(null, null), NOW)).as("no time at all: cannot age").isTrue();
        assertThat(FeedRules.isCurrent(open(NOW.plusSeconds(3600), null), NOW)).as("a clock ahead of ours").isTrue();
        Incident closed = new Incident("c", "x", "resolved", null, NOW, NOW, NOW, null, List.of(), List.of());
        assertThat(FeedRules.isCurrent(closed, NOW)).isFalse();
    }

    @Test
    void aMaintenanceIsHistoryOnceItsWindowHasEnded() {
        Instant start = NOW.minus(Duration.ofDays(5));
        assertThat(FeedRules.isCurrent(maintenance("scheduled", start, null, start), NOW))
                .as("announced days ahead: still to come").isTrue();
        assertThat(FeedRules.isCurrent(maintenance("in_progress", start, NOW.plusSeconds(60), start), NOW)).isTrue();
        assertThat(FeedRules.isCurrent(maintenance("in_progress", start, NOW, start), NOW)).as("its end has come").isFalse();
        assertThat(FeedRules.isCurrent(maintenance("in_progress", start, null, start), NOW))
                .as("under way for five days with no word").isFalse();
        assertThat(FeedRules.isCurrent(maintenance("in_progress", start, null, NOW.minusSeconds(60)), NOW)).isTrue();
        assertThat(FeedRules.isCurrent(maintenance("completed", start, null, NOW), NOW)).isFalse();
    }

    @Test
    void aFeedIsStaleNinetyDaysAfterItsNewestEntry() {
        Instant newest = Instant.parse("2025-01-03T22:10:00Z");
        assertThat(FeedRules.looksStale(newest, newest.plus(Duration.ofDays(90)))).isFalse();
        assertThat(FeedRules.looksStale(newest, newest.plus(Duration.ofDays(90)).plusSeconds(1))).isTrue();
        assertThat(FeedRules.staleNote(newest)).isEqualTo("feed looks stale: newest entry 2025-01-03");
    }

    private static Incident open(Instant started, Instant updated) {
        return new Incident("i", "x", "investigating", null, started, updated, null, null, List.of(), List.of());
    }

    private static Maintenance maintenance(String status, Instant starts, Instant ends, Instant lastUpdate) {
        return new Maintenance("m", "x", status, starts, ends, null,
                List.of(new IncidentUpdate(null, status, lastUpdate, lastUpdate, "")), List.of());
    }
}
