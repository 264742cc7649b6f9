package org.statustray.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.statustray.model.Component;
import org.statustray.model.Impact;
import org.statustray.model.Incident;
import org.statustray.model.IncidentUpdate;
import org.statustray.model.Snapshot;
import org.statustray.model.Status;
import org.statustray.store.HistoryStore;
import org.statustray.ui.timeline.TimelineBand.Segment;
import org.statustray.ui.timeline.TimelineModel.Period;

/**
 * Which incidents paint which band and for how long: one naming no component paints the whole service only;
 * one the page never closed paints up to its last word, not the months after; and what the empty incident
 * list says when StatusTray knows nothing, or only part, of the period.
 */
class TimelineHonestBandsTest {
    static final Instant NOW = TimelineModelTest.NOW;

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

    static Instant daysAgo(long d) {
        return NOW.minus(Duration.ofDays(d));
    }

    void lastRead(List<Incident> open) {
        store.saveSnapshot("acme", new Snapshot("Acme", "https://status.acme.test", "statuspage", NOW,
                Status.OPERATIONAL, "All Systems Operational", List.of(new Component("c1", "Part c1", null,
                        Status.OPERATIONAL), new Component("c2", "Part c2", null, Status.OPERATIONAL)), true, open,
                List.of()));
    }

    TimelineModel model(Period p) {
        TimelineModel m = new TimelineModel(store, TimelineModelTest.ACME, "Acme", Clock.fixed(NOW, ZoneOffset.UTC),
                ZoneOffset.UTC);
        m.setPeriod(p);
        m.reload();
        return m;
    }

    static TimelineBand band(TimelineModel m, String componentId) {
        return m.bands().stream().filter(b -> java.util.Objects.equals(b.componentId(), componentId))
                .findFirst().orElseThrow();
    }

    /** A backfilled incident the page left open: started 80 days ago, its last word a day later. */
    static Incident neverClosed(String... components) {
        Instant start = daysAgo(80);
        return new Incident("old", "Elevated errors", "investigating", Impact.MAJOR, start, start.plus(Duration.ofDays(1)),
                null, null, List.of(new IncidentUpdate("old-0", "investigating", start, start, "Looking into it."),
                        new IncidentUpdate("old-1", "identified", start.plus(Duration.ofDays(1)),
                                start.plus(Duration.ofDays(1)), "Found it.")), List.of(components));
    }

    @Test
    void anIncidentNamingNoComponentPaintsTheWholeServiceOnly() {
        lastRead(List.of());
        store.upsertIncidents("acme", List.of(TimelineModelTest.incident("vague", Impact.MAJOR,
                NOW.minus(Duration.ofHours(5)), NOW.minus(Duration.ofHours(4)))));
        store.markBackfilled("acme", 1);

        TimelineModel m = model(Period.DAY);

        assertThat(band(m, null).segments()).extracting(Segment::status)
                .containsExactly(Status.OPERATIONAL, Status.PARTIAL_OUTAGE, Status.OPERATIONAL);
        assertThat(band(m, "c1").segments()).extracting(Segment::status).containsExactly(Status.OPERATIONAL);
        assertThat(band(m, "c2").uptimeText()).isEqualTo("100.0 %");
    }

    @Test
    void aBackfilledIncidentThePageNeverClosedPaintsOnlyUpToItsLastWord() {
        lastRead(List.of()); // the page lists it no longer
        store.upsertIncidents("acme", List.of(neverClosed("c1")));
        store.markBackfilled("acme", 1);

        TimelineModel m = model(Period.QUARTER);

        assertThat(band(m, "c1").segments()).containsExactly(
                new Segment(daysAgo(90), daysAgo(80), Status.OPERATIONAL),
                new Segment(daysAgo(80), daysAgo(79), Status.PARTIAL_OUTAGE),
                new Segment(daysAgo(79), NOW, Status.OPERATIONAL));
        assertThat(m.incidents()).extracting(i -> i.incident().id()).containsExactly("old"); // still listed
    }

    @Test
    void oneStatusTrayEndedAsNoLongerListedPaintsUpToThePagesLastWordNotToTheEnding() {
        lastRead(List.of());
        store.upsertIncidents("acme", List.of(neverClosed("c1")));
        store.markBackfilled("acme", 1);
        store.closeUnlisted("acme", Set.of("old"), NOW.minus(Duration.ofHours(1))); // the first poll after the backfill

        TimelineModel m = model(Period.QUARTER);

        Incident ended = m.incidents().get(0).incident();
        assertThat(ended.status()).isEqualTo(TimelineBands.UNLISTED); // the store's word for it, as the rule reads it
        assertThat(ended.resolved()).isEqualTo(NOW.minus(Duration.ofHours(1)));
        assertThat(band(m, "c1").segments()).extracting(Segment::status)
                .containsExactly(Status.OPERATIONAL, Status.PARTIAL_OUTAGE, Status.OPERATIONAL);
        assertThat(band(m, "c1").segments().get(1).to()).isEqualTo(daysAgo(79));
        assertThat(band(m, null).segments().get(1).to()).isEqualTo(daysAgo(79));
        assertThat(m.incidents().get(0).duration()).isEqualTo("no end given · last word 24 h after the start");
    }

    @Test
    void anIncidentTheLastReadListsOpenPaintsUpToNow() {
        Incident open = neverClosed("c1");
        lastRead(List.of(open)); // the page still lists it: it is open, as far as anyone can tell
        store.upsertIncidents("acme", List.of(open));
        store.markBackfilled("acme", 1);

        TimelineModel m = model(Period.QUARTER);

        assertThat(band(m, "c1").segments()).containsExactly(
                new Segment(daysAgo(90), daysAgo(80), Status.OPERATIONAL),
                new Segment(daysAgo(80), NOW, Status.PARTIAL_OUTAGE));
    }

    @Test
    void anEmptyTimelineSaysThereIsNoDataNotThatThereWereNoIncidents() {
        lastRead(List.of()); // read once, just now: nothing known of the day before

        TimelineModel m = model(Period.DAY);

        assertThat(m.bands()).allSatisfy(b -> assertThat(b.uptimeText()).isEqualTo("—"));
        assertThat(m.noIncidentsText()).startsWith("No data for the last 24 hours")
                .doesNotContain("No incidents");
    }

    @Test
    void aPartlyKnownPeriodSaysForHowMuchOfItThereWereNoIncidents() {
        lastRead(List.of());
        store.recordTransition("acme", null, null, Status.OPERATIONAL, NOW.minus(Duration.ofHours(6)));

        TimelineModel m = model(Period.DAY);

        assertThat(band(m, null).uptimeText()).isEqualTo("100.0 % of 6 h known");
        assertThat(m.noIncidentsText()).isEqualTo(
                "No incidents in the 6 h StatusTray knows of the last 24 hours; of the rest it has no data");

        store.markBackfilled("acme", 0); // the page's whole history read: the day is known

        m.reload();
        assertThat(m.noIncidentsText()).isEqualTo("No incidents in the last 24 hours");
    }
}
