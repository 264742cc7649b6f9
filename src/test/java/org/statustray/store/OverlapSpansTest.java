package org.statustray.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.statustray.model.Impact;
import org.statustray.model.Incident;
import org.statustray.model.IncidentUpdate;
import org.statustray.model.Overlap;
import org.statustray.model.Overlap.OverlapIncident;
import org.statustray.model.Snapshot;
import org.statustray.model.Status;

/**
 * The spans when two or more services were not operational at once, from the transitions StatusTray saw and
 * the incidents backfilled from the pages' histories.
 */
class OverlapSpansTest {
    static final Instant NOW = Instant.parse("2026-10-20T12:00:00Z");
    static final Instant DAY_AGO = NOW.minus(Duration.ofDays(1));

    @TempDir
    Path dir;
    HistoryStore store;

    @BeforeEach
    void open() throws Exception {
        store = HistoryStore.open(dir);
    }

    @AfterEach
    void close() {
        store.close();
    }

    static Instant at(String utc) {
        return Instant.parse(utc);
    }

    void went(String service, @Nullable Status from, Status to, Instant at) {
        store.recordTransition(service, null, from, to, at);
    }

    /** A resolved incident, as a page's history gives it (backfilled: the app was not running). */
    static Incident incident(String id, String title, Impact impact, Instant start, @Nullable Instant end) {
        return new Incident(id, title, end == null ? "investigating" : "resolved", impact, start,
                end == null ? start : end, end, null, List.of(new IncidentUpdate(id + "-0", "investigating", start,
                        start, "Investigating.")), List.of());
    }

    void backfilled(String service, Incident... incidents) {
        store.upsertIncidents(service, List.of(incidents));
        store.markBackfilled(service, incidents.length);
    }

    List<Overlap> read(Instant from, String... services) {
        return OverlapSpans.read(store, List.of(services), from, NOW, NOW);
    }

    @Test
    void twoServicesDownAtOnceFromTransitionsAreOneSpan() {
        went("openai", null, Status.OPERATIONAL, at("2026-10-20T08:00:00Z"));
        went("openai", Status.OPERATIONAL, Status.DEGRADED, at("2026-10-20T10:00:00Z"));
        went("openai", Status.DEGRADED, Status.OPERATIONAL, at("2026-10-20T11:30:00Z"));
        went("anthropic", null, Status.OPERATIONAL, at("2026-10-20T08:00:00Z"));
        went("anthropic", Status.OPERATIONAL, Status.PARTIAL_OUTAGE, at("2026-10-20T11:00:00Z"));
        went("anthropic", Status.PARTIAL_OUTAGE, Status.OPERATIONAL, at("2026-10-20T11:45:00Z"));

        assertThat(read(DAY_AGO, "openai", "anthropic")).containsExactly(new Overlap(at("2026-10-20T11:00:00Z"),
                at("2026-10-20T11:30:00Z"), List.of("openai", "anthropic"), List.of()));
    }

    @Test
    void backfilledIncidentsMakeASpanWithTheirIncidents() {
        backfilled("openai", incident("o1", "Elevated errors on ChatGPT", Impact.MAJOR, at("2026-10-20T09:00:00Z"),
                at("2026-10-20T10:00:00Z")));
        backfilled("anthropic", incident("a1", "Elevated errors on Claude", Impact.MINOR,
                at("2026-10-20T09:30:00Z"), at("2026-10-20T11:00:00Z")));

        assertThat(read(DAY_AGO, "openai", "anthropic")).containsExactly(new Overlap(at("2026-10-20T09:30:00Z"),
                at("2026-10-20T10:00:00Z"), List.of("openai", "anthropic"), List.of(
                        new OverlapIncident("openai", "o1", "Elevated errors on ChatGPT"),
                        new OverlapIncident("anthropic", "a1", "Elevated errors on Claude"))));
    }

    @Test
    void aTransitionSeenAndABackfilledIncidentOverlap() {
        went("openai", null, Status.OPERATIONAL, at("2026-10-20T06:00:00Z"));
        went("openai", Status.OPERATIONAL, Status.MAJOR_OUTAGE, at("2026-10-20T09:40:00Z"));
        went("openai", Status.MAJOR_OUTAGE, Status.OPERATIONAL, at("2026-10-20T10:20:00Z"));
        backfilled("gemini", incident("g1", "Gemini API errors", Impact.MINOR, at("2026-10-20T10:00:00Z"),
                at("2026-10-20T10:50:00Z")));

        List<Overlap> spans = read(DAY_AGO, "openai", "gemini");

        assertThat(spans).extracting(Overlap::start, Overlap::end)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(at("2026-10-20T10:00:00Z"), at("2026-10-20T10:20:00Z")));
        assertThat(spans.get(0).incidents()).containsExactly(new OverlapIncident("gemini", "g1", "Gemini API errors"));
    }

    @Test
    void aSpanThatBeganBeforeThePeriodKeepsItsRealStart() {
        Instant from = at("2026-10-19T12:00:00Z");
        backfilled("openai", incident("o1", "Outage", Impact.MAJOR, from.minus(Duration.ofDays(3)),
                from.plus(Duration.ofHours(2))));
        backfilled("anthropic", incident("a1", "Degraded", Impact.MINOR, from.minus(Duration.ofDays(2)),
                from.plus(Duration.ofHours(1))));
        backfilled("cursor", incident("c1", "Long ago", Impact.MINOR, from.minus(Duration.ofDays(4)),
                from.minus(Duration.ofDays(3).plusHours(12))));

        List<Overlap> spans = read(from, "openai", "anthropic", "cursor");

        assertThat(spans).containsExactly(new Overlap(from.minus(Duration.ofDays(2)), from.plus(Duration.ofHours(1)),
                List.of("openai", "anthropic"), List.of(new OverlapIncident("openai", "o1", "Outage"),
                        new OverlapIncident("anthropic", "a1", "Degraded"))));
    }

    @Test
    void aSpanOverBeforeThePeriodIsNotListed() {
        Instant from = at("2026-10-19T12:00:00Z");
        backfilled("openai", incident("o1", "Outage", Impact.MAJOR, from.minus(Duration.ofDays(3)),
                from.minus(Duration.ofDays(2))));
        backfilled("anthropic", incident("a1", "Degraded", Impact.MINOR, from.minus(Duration.ofDays(3)),
                from.minus(Duration.ofDays(2))));

        assertThat(read(from, "openai", "anthropic")).isEmpty();
        assertThat(read(from.minus(Duration.ofDays(7)), "openai", "anthropic")).hasSize(1);
    }

    @Test
    void anOngoingOverlapHasNoEnd() {
        went("openai", null, Status.OPERATIONAL, at("2026-10-20T06:00:00Z"));
        went("openai", Status.OPERATIONAL, Status.DEGRADED, at("2026-10-20T10:00:00Z"));
        Incident open = incident("a9", "Claude is slow", Impact.MINOR, at("2026-10-20T11:00:00Z"), null);
        store.upsertIncidents("anthropic", List.of(open));
        store.saveSnapshot("anthropic", new Snapshot("Claude", "https://status.claude.com", "statuspage", NOW,
                Status.DEGRADED, "Minor Service Outage", List.of(), true, List.of(open), List.of()));

        assertThat(read(DAY_AGO, "openai", "anthropic")).containsExactly(new Overlap(at("2026-10-20T11:00:00Z"),
                null, List.of("openai", "anthropic"), List.of(new OverlapIncident("anthropic", "a9", "Claude is slow"))));
    }

    @Test
    void aServiceAddedPartWayCountsOnlyFromWhenItIsKnown() {
        went("openai", null, Status.DEGRADED, at("2026-10-20T06:00:00Z"));
        went("openai", Status.DEGRADED, Status.OPERATIONAL, at("2026-10-20T11:00:00Z"));
        // Added at 09:00, not backfilled: before that nothing is known of it, which is not "down".
        went("cursor", null, Status.MAJOR_OUTAGE, at("2026-10-20T09:00:00Z"));
        went("cursor", Status.MAJOR_OUTAGE, Status.OPERATIONAL, at("2026-10-20T10:00:00Z"));

        assertThat(read(DAY_AGO, "openai", "cursor")).extracting(Overlap::start, Overlap::end)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(at("2026-10-20T09:00:00Z"), at("2026-10-20T10:00:00Z")));
    }

    @Test
    void maintenanceAndUnknownAreNotDown() {
        went("openai", null, Status.DEGRADED, at("2026-10-20T06:00:00Z"));
        went("github", null, Status.MAINTENANCE, at("2026-10-20T06:00:00Z"));
        went("slack", null, Status.UNKNOWN, at("2026-10-20T06:00:00Z"));

        assertThat(read(DAY_AGO, "openai", "github", "slack")).isEmpty();
    }

    @Test
    void oneSpanWhileTwoOrMoreAreDownWithoutABreakNewestFirst() {
        went("a", null, Status.DEGRADED, at("2026-10-20T01:00:00Z"));
        went("a", Status.DEGRADED, Status.OPERATIONAL, at("2026-10-20T03:00:00Z"));
        went("b", null, Status.DEGRADED, at("2026-10-20T02:00:00Z"));
        went("b", Status.DEGRADED, Status.OPERATIONAL, at("2026-10-20T05:00:00Z"));
        went("c", null, Status.PARTIAL_OUTAGE, at("2026-10-20T02:30:00Z"));
        went("c", Status.PARTIAL_OUTAGE, Status.OPERATIONAL, at("2026-10-20T04:00:00Z"));
        went("a", Status.OPERATIONAL, Status.MAJOR_OUTAGE, at("2026-10-20T08:00:00Z"));
        went("a", Status.MAJOR_OUTAGE, Status.OPERATIONAL, at("2026-10-20T09:00:00Z"));
        went("c", Status.OPERATIONAL, Status.DEGRADED, at("2026-10-20T08:30:00Z"));
        went("c", Status.DEGRADED, Status.OPERATIONAL, at("2026-10-20T09:30:00Z"));

        assertThat(read(DAY_AGO, "a", "b", "c")).containsExactly(
                new Overlap(at("2026-10-20T08:30:00Z"), at("2026-10-20T09:00:00Z"), List.of("a", "c"), List.of()),
                new Overlap(at("2026-10-20T02:00:00Z"), at("2026-10-20T04:00:00Z"), List.of("a", "b", "c"), List.of()));
    }

    @Test
    void berlinSpringForwardIsCountedInRealTime() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        // 29 March 2026: 02:00 CET becomes 03:00 CEST. "01:30 to 03:30" on the clock is one hour, not two.
        Instant start = LocalDateTime.parse("2026-03-29T01:30").atZone(berlin).toInstant();
        Instant end = LocalDateTime.parse("2026-03-29T03:30").atZone(berlin).toInstant();
        assertThat(Duration.between(start, end)).isEqualTo(Duration.ofHours(1));
        backfilled("hetzner", incident("h1", "Network issues", Impact.MAJOR, start, end));
        backfilled("ionos", incident("i1", "Degraded DNS", Impact.MINOR,
                OffsetDateTime.parse("2026-03-29T00:00:00+01:00").toInstant(),
                OffsetDateTime.parse("2026-03-29T03:00:00+02:00").toInstant()));
        Instant midnight = LocalDateTime.parse("2026-03-29T00:00").atZone(berlin).toInstant();

        List<Overlap> spans = OverlapSpans.read(store, List.of("hetzner", "ionos"), midnight,
                midnight.plus(Duration.ofDays(1)), midnight.plus(Duration.ofDays(1)));

        assertThat(spans).extracting(Overlap::start, Overlap::end).containsExactly(org.assertj.core.groups.Tuple
                .tuple(at("2026-03-29T00:30:00Z"), at("2026-03-29T01:00:00Z")));
    }

    @Test
    void chicagoFallBackKeepsTheRepeatedHourApart() {
        // 1 November 2026: 02:00 CDT becomes 01:00 CST; 01:15 CST is 45 minutes after 01:30 CDT.
        Instant start = OffsetDateTime.parse("2026-11-01T01:30:00-05:00").toInstant();
        Instant end = OffsetDateTime.parse("2026-11-01T01:15:00-06:00").toInstant();
        backfilled("emma", incident("e1", "Email delivery delays", Impact.MINOR, start, end));
        backfilled("braintree", incident("b1", "Payments degraded", Impact.MAJOR,
                OffsetDateTime.parse("2026-11-01T01:00:00-06:00").toInstant(),
                OffsetDateTime.parse("2026-11-01T02:00:00-06:00").toInstant()));
        ZoneId chicago = ZoneId.of("America/Chicago");
        Instant dayStart = LocalDateTime.parse("2026-11-01T00:00").atZone(chicago).toInstant();
        Instant dayEnd = LocalDateTime.parse("2026-11-02T00:00").atZone(chicago).toInstant();
        assertThat(Duration.between(dayStart, dayEnd)).isEqualTo(Duration.ofHours(25));

        List<Overlap> spans = OverlapSpans.read(store, List.of("emma", "braintree"), dayStart, dayEnd, dayEnd);

        assertThat(spans).extracting(Overlap::start, Overlap::end).containsExactly(org.assertj.core.groups.Tuple
                .tuple(at("2026-11-01T07:00:00Z"), at("2026-11-01T07:15:00Z")));
    }

    @Test
    void theReadOnlyStoreGivesTheSameSpans() throws Exception {
        backfilled("openai", incident("o1", "Elevated errors on ChatGPT", Impact.MAJOR, at("2026-10-20T09:00:00Z"),
                at("2026-10-20T10:00:00Z")));
        went("anthropic", null, Status.DEGRADED, at("2026-10-20T09:30:00Z"));
        List<Overlap> written = read(DAY_AGO, "openai", "anthropic");

        try (ReadOnlyHistory history = ReadOnlyHistory.open(dir)) {
            assertThat(OverlapSpans.read(history, List.of("openai", "anthropic"), DAY_AGO, NOW, NOW))
                    .isEqualTo(written).hasSize(1);
        }
    }
}
