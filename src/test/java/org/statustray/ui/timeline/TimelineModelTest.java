package org.statustray.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.statustray.model.Component;
import org.statustray.model.Impact;
import org.statustray.model.Incident;
import org.statustray.model.IncidentUpdate;
import org.statustray.model.ServiceConfig;
import org.statustray.model.Snapshot;
import org.statustray.model.Status;
import org.statustray.store.HistoryStore;
import org.statustray.testing.SeedStore;
import org.statustray.ui.timeline.TimelineBand.Segment;
import org.statustray.ui.timeline.TimelineModel.Period;

/** The timeline's view model on hand-made and seeded history stores, without a screen. */
class TimelineModelTest {
    static final Instant NOW = Instant.parse("2026-03-03T12:00:00Z");
    static final ServiceConfig ACME = new ServiceConfig("acme", "Acme", "https://status.acme.test", "statuspage",
            List.of(), null, false, false, false);

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

    static Instant ago(Duration d) {
        return NOW.minus(d);
    }

    static Instant hoursAgo(long h) {
        return ago(Duration.ofHours(h));
    }

    static Incident incident(String id, Impact impact, Instant started, Instant resolved, String... componentIds) {
        List<IncidentUpdate> updates = resolved == null
                ? List.of(new IncidentUpdate(id + "-0", "investigating", started, started, "Looking into it."))
                : List.of(new IncidentUpdate(id + "-0", "investigating", started, started, "Looking into it."),
                        new IncidentUpdate(id + "-1", "resolved", resolved, resolved, "Fixed."));
        return new Incident(id, "Trouble " + id, resolved == null ? "investigating" : "resolved", impact, started,
                resolved == null ? started : resolved, resolved, null, updates, List.of(componentIds));
    }

    void snapshot(boolean complete, String... ids) {
        snapshotListing(complete, List.of(), ids);
    }

    /** StatusTray's last read of the page, listing {@code open} as its open incidents. */
    void snapshotListing(boolean complete, List<Incident> open, String... ids) {
        List<Component> components = java.util.Arrays.stream(ids)
                .map(id -> new Component(id, "Part " + id, null, Status.OPERATIONAL)).toList();
        store.saveSnapshot("acme", new Snapshot("Acme", ACME.url(), "statuspage", NOW, Status.OPERATIONAL,
                "All Systems Operational", components, complete, open, List.of()));
    }

    TimelineModel model(ServiceConfig service, ZoneId zone) {
        TimelineModel m = new TimelineModel(store, service, service.name(), Clock.fixed(NOW, ZoneOffset.UTC), zone);
        m.reload();
        return m;
    }

    TimelineBand band(TimelineModel m, String componentId) {
        return m.bands().stream().filter(b -> java.util.Objects.equals(b.componentId(), componentId))
                .findFirst().orElseThrow();
    }

    static Segment seg(Instant from, Instant to, Status status) {
        return new Segment(from, to, status);
    }

    @Test
    void segmentsFollowTheRecordedTransitionsFromTheStatusBeforeThePeriodAndNothingIsKnownBeforeThem() {
        snapshot(true, "c1", "c2");
        store.recordTransition("acme", null, null, Status.OPERATIONAL, hoursAgo(30)); // first seen, before the day
        store.recordTransition("acme", null, Status.OPERATIONAL, Status.DEGRADED, hoursAgo(20));
        store.recordTransition("acme", null, Status.DEGRADED, Status.OPERATIONAL, hoursAgo(18));
        store.recordTransition("acme", "c1", Status.OPERATIONAL, Status.MAJOR_OUTAGE, hoursAgo(20));
        store.recordTransition("acme", "c1", Status.MAJOR_OUTAGE, Status.OPERATIONAL, hoursAgo(18));

        TimelineModel m = model(ACME, ZoneOffset.UTC);

        assertThat(m.bands()).extracting(TimelineBand::name).containsExactly("Whole service", "Part c1", "Part c2");
        assertThat(band(m, null).segments()).containsExactly(seg(hoursAgo(24), hoursAgo(20), Status.OPERATIONAL),
                seg(hoursAgo(20), hoursAgo(18), Status.DEGRADED), seg(hoursAgo(18), NOW, Status.OPERATIONAL));
        assertThat(band(m, "c1").segments()).containsExactly(seg(hoursAgo(24), hoursAgo(20), null),
                seg(hoursAgo(20), hoursAgo(18), Status.MAJOR_OUTAGE), seg(hoursAgo(18), NOW, Status.OPERATIONAL));
        assertThat(band(m, "c2").segments()).containsExactly(seg(hoursAgo(24), NOW, null));
        assertThat(band(m, "c2").uptimeText()).isEqualTo("—");
        // 20 h known, 2 of them a major outage
        assertThat(band(m, "c1").uptime().getAsDouble()).isCloseTo(100.0 * 18 / 20, within(1e-9));
        assertThat(band(m, null).uptimeText()).isEqualTo("100.0 %");
        assertThat(band(m, "c1").uptimeText()).isEqualTo("90.0 % of 20 h known");
    }

    @Test
    void backfilledIncidentsFillTheTimeBeforeTheFirstTransition() {
        snapshot(true, "c1", "c2");
        store.upsertIncidents("acme", List.of(incident("early", Impact.MAJOR, hoursAgo(22), hoursAgo(21), "c1")));
        store.markBackfilled("acme", 1);
        store.recordTransition("acme", "c1", Status.OPERATIONAL, Status.DEGRADED, hoursAgo(10));
        store.recordTransition("acme", "c1", Status.DEGRADED, Status.OPERATIONAL, hoursAgo(9));

        TimelineModel m = model(ACME, ZoneOffset.UTC);

        assertThat(band(m, "c1").segments()).containsExactly(
                seg(hoursAgo(24), hoursAgo(22), Status.OPERATIONAL),
                seg(hoursAgo(22), hoursAgo(21), Status.PARTIAL_OUTAGE),
                seg(hoursAgo(21), hoursAgo(10), Status.OPERATIONAL),
                seg(hoursAgo(10), hoursAgo(9), Status.DEGRADED),
                seg(hoursAgo(9), NOW, Status.OPERATIONAL));
        assertThat(band(m, "c2").segments()).containsExactly(seg(hoursAgo(24), NOW, Status.OPERATIONAL));
        assertThat(band(m, null).segments()).containsExactly(
                seg(hoursAgo(24), hoursAgo(22), Status.OPERATIONAL),
                seg(hoursAgo(22), hoursAgo(21), Status.PARTIAL_OUTAGE),
                seg(hoursAgo(21), NOW, Status.OPERATIONAL));
    }

    @Test
    void aBandShowsThePagesOwnWordWhileItSawAProblemAndElseTheWorstOfItAndTheOpenIncidents() {
        snapshotListing(true, List.of(incident("unrated", null, hoursAgo(2), null, "c1")), "c1", "c2");
        store.recordTransition("acme", "c1", Status.OPERATIONAL, Status.DEGRADED, hoursAgo(12));
        store.recordTransition("acme", "c1", Status.DEGRADED, Status.OPERATIONAL, hoursAgo(6));
        store.recordTransition("acme", "c2", Status.OPERATIONAL, Status.MAJOR_OUTAGE, hoursAgo(5));
        store.upsertIncidents("acme", List.of(
                incident("worse", Impact.CRITICAL, hoursAgo(8), hoursAgo(7), "c1"),
                incident("milder", Impact.MINOR, hoursAgo(4), hoursAgo(3), "c2"),
                incident("unrated", null, hoursAgo(2), null, "c1"),
                incident("everywhere", Impact.MAJOR, hoursAgo(16), hoursAgo(15))));

        TimelineModel m = model(ACME, ZoneOffset.UTC);

        assertThat(band(m, "c1").segments()).containsExactly(
                seg(hoursAgo(24), hoursAgo(12), null), // an incident naming no component paints the whole service only
                seg(hoursAgo(12), hoursAgo(6), Status.DEGRADED), // the page said degraded, whatever the impact
                seg(hoursAgo(6), hoursAgo(2), Status.OPERATIONAL),
                seg(hoursAgo(2), NOW, Status.DEGRADED)); // open, no impact given: degraded
        assertThat(band(m, "c2").segments()).containsExactly(
                seg(hoursAgo(24), hoursAgo(5), null),
                seg(hoursAgo(5), NOW, Status.MAJOR_OUTAGE)); // a minor incident does not lighten an outage
        assertThat(band(m, null).segments()).extracting(Segment::status).containsExactly(null,
                Status.PARTIAL_OUTAGE, null, Status.MAJOR_OUTAGE, null, Status.DEGRADED, null, Status.DEGRADED);
    }

    @Test
    void uptimeIsStatuspagesFormulaOverTheKnownTime() {
        snapshot(true, "c1", "c2");
        Instant day60 = ago(Duration.ofDays(60));
        Instant day30 = ago(Duration.ofDays(30));
        store.upsertIncidents("acme", List.of(
                incident("down", Impact.CRITICAL, day60, day60.plus(Duration.ofDays(1)), "c1"),
                incident("partly", Impact.MAJOR, day30, day30.plus(Duration.ofDays(1)), "c1"),
                incident("slow", Impact.MINOR, day30, day30.plus(Duration.ofDays(3)), "c2")));
        store.markBackfilled("acme", 3);

        TimelineModel m = model(ACME, ZoneOffset.UTC);
        m.setPeriod(Period.QUARTER);

        assertThat(band(m, "c1").uptime().getAsDouble()).isCloseTo(100 * (90 - 1 - 0.3) / 90, within(1e-9));
        assertThat(band(m, "c1").uptimeText()).isEqualTo("98.5 %"); // 98.555…: cut, never rounded up
        assertThat(band(m, "c2").uptimeText()).isEqualTo("100.0 %"); // degraded counts as up
        assertThat(band(m, null).uptime().getAsDouble()).isCloseTo(100 * (90 - 1 - 0.3) / 90, within(1e-9));
    }

    @Test
    void uptimeLeavesOutTimeWithoutData() {
        snapshot(true, "c1");
        store.recordTransition("acme", "c1", Status.OPERATIONAL, Status.PARTIAL_OUTAGE, hoursAgo(12));
        store.recordTransition("acme", "c1", Status.PARTIAL_OUTAGE, Status.OPERATIONAL, hoursAgo(6));

        TimelineBand c1 = band(model(ACME, ZoneOffset.UTC), "c1");

        assertThat(c1.uptime().getAsDouble()).isCloseTo(100 * (12 - 0.3 * 6) / 12, within(1e-9));
        assertThat(c1.uptimeText()).isEqualTo("85.0 % of 12 h known");
    }

    @Test
    void incidentsAreNewestFirstWithTheirDurations() {
        snapshot(true, "c1");
        store.upsertIncidents("acme", List.of(
                incident("old", Impact.MINOR, hoursAgo(20), hoursAgo(20).plus(Duration.ofMinutes(125)), "c1"),
                incident("open", Impact.MAJOR, ago(Duration.ofMinutes(40)), null, "c1"),
                incident("long-ago", Impact.MINOR, ago(Duration.ofDays(3)), ago(Duration.ofDays(3)).plusSeconds(60))));

        TimelineModel m = model(ACME, ZoneId.of("UTC"));

        assertThat(m.incidents()).extracting(i -> i.incident().id()).containsExactly("open", "old");
        TimelineIncident open = m.incidents().get(0);
        assertThat(open.open()).isTrue();
        assertThat(open.duration()).isEqualTo("ongoing · 40 min");
        assertThat(open.phase()).isEqualTo("Investigating");
        assertThat(open.impact()).isEqualTo("major impact");
        TimelineIncident old = m.incidents().get(1);
        assertThat(old.open()).isFalse();
        assertThat(old.duration()).isEqualTo("2 h 5 min");
        assertThat(old.phase()).isEqualTo("Resolved");
        assertThat(old.started()).isEqualTo("2 Mar 16:00 UTC");
        assertThat(old.heading()).isEqualTo("Trouble old · minor impact · Resolved · 2 Mar 16:00 UTC · 2 h 5 min");
    }

    @Test
    void timesAndTheAxisAreInTheUsersZone() {
        snapshot(true, "c1");
        store.upsertIncidents("acme", List.of(incident("x", Impact.MINOR, Instant.parse("2026-03-03T09:05:00Z"),
                Instant.parse("2026-03-03T10:00:00Z"), "c1")));
        store.markBackfilled("acme", 1);

        TimelineModel berlin = model(ACME, ZoneId.of("Europe/Berlin"));
        TimelineModel chicago = model(ACME, ZoneId.of("America/Chicago"));

        assertThat(berlin.incidents().get(0).started()).isEqualTo("3 Mar 10:05 CET");
        assertThat(chicago.incidents().get(0).started()).isEqualTo("3 Mar 03:05 CST");
        assertThat(berlin.rangeProperty().get()).isEqualTo("2 Mar 13:00 – 3 Mar 13:00 CET");
        // Berlin's round hours over the day: 16:00 on the 2nd is 15:00 UTC, and its midnight is labelled by date
        TimelineAxis.Tick first = berlin.ticks().get(0);
        assertThat(first.label()).isEqualTo("16:00");
        assertThat(first.at()).isEqualTo(Instant.parse("2026-03-02T15:00:00Z"));
        assertThat(first.position()).isCloseTo(3.0 / 24, within(1e-9));
        assertThat(berlin.ticks()).extracting(TimelineAxis.Tick::label)
                .containsExactly("16:00", "20:00", "Tue 3", "04:00", "08:00", "12:00");
        assertThat(chicago.ticks()).extracting(TimelineAxis.Tick::label)
                .containsExactly("08:00", "12:00", "16:00", "20:00", "Tue 3", "04:00");
        Segment slow = band(berlin, "c1").segments().get(1);
        assertThat(berlin.describe(slow)).isEqualTo("Degraded · 3 Mar 10:05 – 3 Mar 11:00 CET (55 min)");
    }

    @Test
    void theAxisFollowsTheClockChange() {
        snapshot(true, "c1");
        // Berlin goes from CET to CEST at 02:00 on 29 March 2026: the day has 23 hours
        Instant after = Instant.parse("2026-03-29T22:30:00Z");
        TimelineModel m = new TimelineModel(store, ACME, "Acme", Clock.fixed(after, ZoneOffset.UTC),
                ZoneId.of("Europe/Berlin"));
        m.reload();

        assertThat(m.ticks()).extracting(TimelineAxis.Tick::label)
                .containsExactly("Sun 29", "04:00", "08:00", "12:00", "16:00", "20:00", "Mon 30");
        // midnight CET to 04:00 CEST is three hours
        assertThat(m.ticks().get(0).at()).isEqualTo(Instant.parse("2026-03-28T23:00:00Z"));
        assertThat(m.ticks().get(1).at()).isEqualTo(Instant.parse("2026-03-29T02:00:00Z"));
    }

    @Test
    void switchingThePeriodReloadsTheLongerRange() {
        snapshot(true, "c1");
        store.upsertIncidents("acme", List.of(
                incident("today", Impact.MINOR, hoursAgo(3), hoursAgo(2), "c1"),
                incident("monday", Impact.MAJOR, ago(Duration.ofDays(4)), ago(Duration.ofDays(4)).plusSeconds(3600), "c1"),
                incident("january", Impact.CRITICAL, ago(Duration.ofDays(40)), ago(Duration.ofDays(39)), "c1")));
        store.markBackfilled("acme", 3);
        TimelineModel m = model(ACME, ZoneOffset.UTC);
        assertThat(m.incidents()).hasSize(1);
        assertThat(m.noIncidentsText()).isEqualTo("No incidents in the last 24 hours");

        m.setPeriod(Period.WEEK);

        assertThat(m.incidents()).extracting(i -> i.incident().id()).containsExactly("today", "monday");
        assertThat(band(m, "c1").segments().get(0).from()).isEqualTo(ago(Duration.ofDays(7)));
        assertThat(m.ticks()).extracting(TimelineAxis.Tick::label)
                .containsExactly("Wed 25", "Thu 26", "Fri 27", "Sat 28", "Sun 1", "Mon 2", "Tue 3");
        assertThat(m.noIncidentsText()).isEqualTo("No incidents in the last 7 days");

        m.setPeriod(Period.QUARTER);

        assertThat(m.incidents()).extracting(i -> i.incident().id()).containsExactly("today", "monday", "january");
        assertThat(band(m, "c1").segments().get(0).from()).isEqualTo(ago(Duration.ofDays(90)));
        assertThat(m.ticks()).extracting(TimelineAxis.Tick::label)
                .containsExactly("15 Dec", "1 Jan", "15 Jan", "1 Feb", "15 Feb", "1 Mar");

        m.setPeriod(null); // ignored: a period is always chosen
        assertThat(m.getPeriod()).isEqualTo(Period.QUARTER);
    }

    @Test
    void withoutAStoreTheModelSaysSoAndShowsNothing() {
        TimelineModel m = new TimelineModel(null, ACME, "Acme", Clock.fixed(NOW, ZoneOffset.UTC), ZoneOffset.UTC);
        m.reload();
        m.setPeriod(Period.WEEK);

        assertThat(m.problemProperty().get()).contains("history could not be opened");
        assertThat(m.bands()).isEmpty();
        assertThat(m.incidents()).isEmpty();
        assertThat(m.statusProperty().get()).isNull();
        assertThat(m.title()).isEqualTo("Acme — StatusTray");
    }

    @Test
    void aStoreThatFailsToReadIsAMessageNotACrash() {
        TimelineModel m = model(ACME, ZoneOffset.UTC);
        assertThat(m.problemProperty().get()).isNull();
        store.close();

        m.reload();

        assertThat(m.problemProperty().get()).startsWith("The history could not be read: ").contains("closed");
        assertThat(m.bands()).isEmpty();
    }

    @Test
    void aPageListingOnlyAffectedComponentsGetsBandsForTheComponentsItsIncidentsName() {
        store.saveSnapshot("acme", new Snapshot("Acme", ACME.url(), "statuspage", NOW, Status.DEGRADED, "Minor",
                List.of(new Component("c1", "Calls", null, Status.DEGRADED)), false, List.of(), List.of()));
        store.upsertIncidents("acme", List.of(incident("a", Impact.MINOR, hoursAgo(3), null, "c1", "c-unknown")));

        TimelineModel m = model(ACME, ZoneOffset.UTC);

        assertThat(m.bands()).extracting(TimelineBand::name).containsExactly("Whole service", "Calls");
        assertThat(m.statusProperty().get()).isEqualTo(Status.DEGRADED);
    }

    @Test
    void onTheSeededStoreGithubHasABandPerComponentAndItsOpenIncidentFirst() {
        SeedStore.seed(store, 400, NOW);
        ServiceConfig github = SeedStore.configs().get(0);

        TimelineModel m = model(github, ZoneOffset.UTC);

        assertThat(m.title()).isEqualTo("GitHub — StatusTray");
        assertThat(m.bands()).hasSize(11);
        assertThat(m.bands().get(0).isWholeService()).isTrue();
        assertThat(m.statusProperty().get()).isEqualTo(Status.DEGRADED);
        for (TimelineBand b : m.bands()) { // every band covers the day without gaps
            assertThat(b.segments().get(0).from()).isEqualTo(hoursAgo(24));
            assertThat(b.segments().get(b.segments().size() - 1).to()).isEqualTo(NOW);
            for (int k = 1; k < b.segments().size(); k++) {
                assertThat(b.segments().get(k).from()).isEqualTo(b.segments().get(k - 1).to());
                assertThat(b.segments().get(k).status()).isNotEqualTo(b.segments().get(k - 1).status());
            }
        }
        TimelineBand actions = band(m, "github-5");
        assertThat(actions.name()).isEqualTo("Actions");
        assertThat(actions.segments().get(actions.segments().size() - 1))
                .isEqualTo(seg(ago(Duration.ofMinutes(40)), NOW, Status.DEGRADED));
        TimelineIncident first = m.incidents().get(0);
        assertThat(first.incident().id()).isEqualTo(SeedStore.OPEN_INCIDENT_ID);
        assertThat(first.duration()).isEqualTo("ongoing · 40 min");
        assertThat(first.incident().updates()).extracting(IncidentUpdate::status)
                .containsExactly("investigating", "identified");
        m.setPeriod(Period.QUARTER);
        assertThat(m.incidents().size()).isGreaterThan(1);
        assertThat(m.maintenances()).extracting(r -> r.maintenance().title()).contains("Scheduled database maintenance");
    }

    @Test
    void aWatchedComponentThePageNoLongerListsKeepsItsBandAndSaysSinceWhen() {
        store.saveSnapshot("acme", new Snapshot("Acme", ACME.url(), "statuspage", NOW, Status.DEGRADED, "Degraded: API",
                List.of(new Component("w", "Website", null, Status.OPERATIONAL),
                        new Component("a", "API", null, Status.DEGRADED, hoursAgo(2))), true, List.of(), List.of()));
        ServiceConfig watchingApi = new ServiceConfig("acme", "Acme", ACME.url(), "statuspage", List.of("API"), null,
                false, false, false);

        TimelineModel m = model(watchingApi, ZoneOffset.UTC);

        assertThat(m.bands()).extracting(TimelineBand::name)
                .containsExactly("Whole service", "API (not listed since 3 Mar 10:00)");
        assertThat(m.statusProperty().get()).as("its last status").isEqualTo(Status.DEGRADED);
    }

    @Test
    void watchedComponentsChooseTheBandsAndAPageWithoutComponentsHasOnlyTheWholeService() {
        SeedStore.seed(store, 50, NOW);
        ServiceConfig github = SeedStore.configs().get(0);
        ServiceConfig watched = new ServiceConfig(github.id(), github.name(), github.url(), github.format(),
                List.of("Pages", "actions"), null, false, false, false);

        assertThat(model(watched, ZoneOffset.UTC).bands()).extracting(TimelineBand::name)
                .containsExactly("Whole service", "Actions", "Pages");
        assertThat(model(SeedStore.configs().get(3), ZoneOffset.UTC).bands()).extracting(TimelineBand::name)
                .containsExactly("Whole service"); // Slack lists only affected components, and none is
    }

    @Test
    void anIncidentStatusTraySawFirstSaysByHowMuch() {
        snapshot(true, "c1");
        store.upsertIncidents("acme", List.of(incident("open", Impact.MAJOR, ago(Duration.ofMinutes(40)), null, "c1"),
                incident("old", Impact.MINOR, hoursAgo(20), hoursAgo(19), "c1")));
        store.recordLead("acme", "open", Duration.ofMinutes(12).plusSeconds(20));

        TimelineModel m = model(ACME, ZoneId.of("UTC"));

        assertThat(m.incidents()).extracting(TimelineIncident::lead)
                .containsExactly("StatusTray saw it 12 min before the status page", "");
        assertThat(m.incidents().get(0).heading()).endsWith(" · ongoing · 40 min · StatusTray saw it 12 min before the status page");
    }

    @Test
    void aProbedServiceGetsAProbeBandForThePeriodAndOneNeverProbedNone() {
        snapshot(true, "c1");
        TimelineModel unprobed = model(ACME, ZoneOffset.UTC);
        assertThat(unprobed.probesProperty().get()).isNull();

        store.recordProbe("acme", new org.statustray.model.ProbeResult("https://acme.test/", true, 200,
                new org.statustray.model.ProbeTimes(1L, 2L, 3L, 120L, 130), null, null, ago(Duration.ofMinutes(3))));
        store.recordProbe("acme", new org.statustray.model.ProbeResult("https://acme.test/", false, null,
                new org.statustray.model.ProbeTimes(1L, null, null, null, 10_000),
                org.statustray.model.ProbeFailure.TIMEOUT, "no answer", ago(Duration.ofDays(2))));
        store.recordProbe("other", new org.statustray.model.ProbeResult("https://other.test/", false, null,
                new org.statustray.model.ProbeTimes(1L, null, null, null, 10), null, null, ago(Duration.ofMinutes(3))));
        TimelineModel m = model(ACME, ZoneId.of("UTC"));

        ProbeBand day = m.probesProperty().get();
        assertThat(day.cells()).hasSize(288);
        assertThat(day.probes()).as("the day's only").isEqualTo(1);
        assertThat(day.cells().get(287).state()).isEqualTo(ProbeBand.State.ANSWERED);
        assertThat(m.describe(day.cells().get(287))).isEqualTo("The probe answered · first byte 120 ms · 3 Mar 11:55 – 3 Mar 12:00 UTC");

        m.setPeriod(Period.WEEK);
        ProbeBand week = m.probesProperty().get();
        assertThat(week.cells()).hasSize(168);
        assertThat(week.cells()).extracting(ProbeBand.Cell::state).filteredOn(st -> st != ProbeBand.State.NO_DATA)
                .containsExactly(ProbeBand.State.ALL_FAILED, ProbeBand.State.ANSWERED);
        assertThat(week.answeredText()).isEqualTo("50.0 %");
    }
}
