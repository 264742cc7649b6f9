package org.statustray.ui.all;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.statustray.model.Impact;
import org.statustray.model.Incident;
import org.statustray.model.Overlap;
import org.statustray.model.Status;
import org.statustray.store.HistoryStore;
import org.statustray.store.OverlapSpans;
import org.statustray.store.StatusSegments;
import org.statustray.ui.HistoryReads;

/**
 * The all-services view model over a real store: bands by the timeline's rule, most troubled first (longest
 * not operational, then worst now, then by name), the overlap spans of the store's rule highlighted and
 * listed, what hovering tells, and reads off the calling thread.
 */
class AllServicesModelTest {
    static final Instant NOW = Instant.parse("2026-03-03T12:00:00Z");
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @TempDir
    Path dir;
    HistoryStore store;

    @BeforeEach
    void fiveServices() throws Exception {
        store = HistoryStore.open(dir);
        down("openai", Status.DEGRADED, at("08:00"), at("10:00"));
        store.upsertIncidents("openai", List.of(incident("o1", "Elevated error rates", at("08:00"), at("10:00"))));
        down("claude", Status.PARTIAL_OUTAGE, at("09:00"), at("09:30"));
        store.upsertIncidents("claude", List.of(incident("c1", "Claude API errors", at("09:00"), at("09:30"))));
        down("github", Status.DEGRADED, at("02:00"), at("02:20"));
        store.recordTransition("slack", null, null, Status.OPERATIONAL, NOW.minus(Duration.ofDays(2)));
        store.markBackfilled("slack", 0);
        store.recordTransition("atlassian", null, null, Status.OPERATIONAL, NOW.minus(Duration.ofDays(2)));
        store.markBackfilled("atlassian", 0);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void mostTroubledFirstThenWorstNowThenByName() {
        AllServicesModel model = model(HistoryReads.of(store));

        model.reload();

        assertThat(model.bands()).extracting(ServiceBand::serviceId)
                .containsExactly("openai", "claude", "github", "atlassian", "slack");
        assertThat(model.bands()).extracting(ServiceBand::troubled)
                .containsExactly(Duration.ofHours(2), Duration.ofMinutes(30), Duration.ofMinutes(20), Duration.ZERO,
                        Duration.ZERO);
        ServiceBand calmButDownNow = band("b", Duration.ZERO, Status.MAJOR_OUTAGE);
        ServiceBand calm = band("a", Duration.ZERO, Status.OPERATIONAL);
        ServiceBand neverRead = band("0", Duration.ZERO, null);
        ServiceBand troubled = band("z", Duration.ofMinutes(1), Status.OPERATIONAL);
        List<ServiceBand> sorted = new ArrayList<>(List.of(neverRead, calm, calmButDownNow, troubled));
        sorted.sort(AllServicesModel.MOST_TROUBLED_FIRST);
        assertThat(sorted).containsExactly(troubled, calmButDownNow, calm, neverRead);
    }

    @Test
    void theSpansTwoWereDownAtOnceAreHighlightedAndListedWithTheirIncidents() {
        AllServicesModel model = model(HistoryReads.of(store));

        model.reload();

        assertThat(model.highlights()).extracting(AllServicesModel.Highlight::from, AllServicesModel.Highlight::to)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(at("09:00"), at("09:30")));
        assertThat(model.overlaps()).hasSize(1);
        OverlapRow row = model.overlaps().get(0);
        assertThat(row.services()).isEqualTo("OpenAI, Claude");
        assertThat(row.incidents()).contains("OpenAI: Elevated error rates", "Claude: Claude API errors");
        assertThat(row.start()).contains("10:00"); // Berlin
        assertThat(row.end()).contains("10:30");
    }

    @Test
    void aHighlightIsClippedToThePeriodAndAnOngoingOneRunsToItsEnd() {
        Instant since = at("00:00");
        Overlap before = new Overlap(since.minus(Duration.ofHours(3)), since.plus(Duration.ofHours(1)),
                List.of("a", "b"), List.of());
        Overlap ongoing = new Overlap(at("11:00"), null, List.of("a", "b"), List.of());
        Overlap outside = new Overlap(since.minus(Duration.ofHours(5)), since.minus(Duration.ofHours(4)),
                List.of("a", "b"), List.of());

        List<AllServicesModel.Highlight> h = AllServicesModel.highlights(List.of(ongoing, before, outside), since, NOW);

        assertThat(h).extracting(AllServicesModel.Highlight::from).containsExactly(since, at("11:00"));
        assertThat(h).extracting(AllServicesModel.Highlight::to).containsExactly(since.plus(Duration.ofHours(1)), NOW);
    }

    @Test
    void hoveringTellsWhoWasDownThenAndWhy() {
        AllServicesModel model = model(HistoryReads.of(store));
        model.reload();
        ServiceBand claude = model.bands().get(1);

        String told = model.describeAt(claude, at("09:15"));
        String calm = model.describeAt(model.bands().get(4), at("09:15"));

        assertThat(told).contains("Claude: partial outage (Claude API errors)")
                .contains("At the same time: OpenAI: degraded (Elevated error rates)");
        assertThat(calm).startsWith("3 Mar 10:15").contains("Slack: operational")
                .contains("Down then: OpenAI: degraded (Elevated error rates); Claude: partial outage");
    }

    @Test
    void theStoreIsReadOnTheBackgroundExecutorAndShownOnTheFxOne() {
        List<Runnable> background = new ArrayList<>();
        List<Runnable> fx = new ArrayList<>();
        AllServicesModel model = model(HistoryReads.of(store));
        model.readOn(background::add, fx::add);

        model.reload();
        assertThat(model.bands()).as("nothing read in the call").isEmpty();
        background.remove(0).run();
        assertThat(model.bands()).as("read, not yet shown").isEmpty();
        fx.remove(0).run();

        assertThat(model.bands()).hasSize(5);
    }

    @Test
    void withoutAStoreItSaysSo() {
        AllServicesModel model = model(HistoryReads.UNAVAILABLE);

        model.reload();

        assertThat(model.problemProperty().get()).isEqualTo(AllServicesModel.NO_STORE);
        assertThat(model.bands()).isEmpty();
    }

    private AllServicesModel model(HistoryReads reads) {
        List<AllServicesModel.Watched> watched = List.of(w("slack", "Slack"), w("github", "GitHub"),
                w("claude", "Claude"), w("openai", "OpenAI"), w("atlassian", "Atlassian"));
        return new AllServicesModel(reads, (ids, from, to, now) -> OverlapSpans.read(store, ids, from, to, now),
                () -> watched, Clock.fixed(NOW, BERLIN), BERLIN);
    }

    private static AllServicesModel.Watched w(String id, String name) {
        return new AllServicesModel.Watched(id, name, List.of());
    }

    private void down(String id, Status status, Instant from, Instant to) {
        store.recordTransition(id, null, null, Status.OPERATIONAL, NOW.minus(Duration.ofDays(2)));
        store.recordTransition(id, null, Status.OPERATIONAL, status, from);
        store.recordTransition(id, null, status, Status.OPERATIONAL, to);
        store.markBackfilled(id, 1);
    }

    static Incident incident(String id, String title, Instant from, Instant to) {
        return new Incident(id, title, "resolved", Impact.MINOR, from, to, to, null, List.of(), List.of());
    }

    static ServiceBand band(String name, Duration troubled, Status now) {
        return new ServiceBand(name, name, List.<StatusSegments.Segment>of(), troubled, now, List.of());
    }

    static Instant at(String utcTime) {
        return Instant.parse("2026-03-03T" + utcTime + ":00Z");
    }
}
