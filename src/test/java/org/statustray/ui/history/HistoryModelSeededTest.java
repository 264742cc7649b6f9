package org.statustray.ui.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.statustray.store.HistoryStore;
import org.statustray.testing.SeedStore;

/** The view model on the seeded store of 2,000 incidents: totals that must add up, and sorting over many rows. */
class HistoryModelSeededTest {
    static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");
    static final ZoneId ZONE = ZoneId.of("America/Chicago");

    @TempDir
    static Path dataDir;
    static HistoryStore store;

    @BeforeAll
    static void seed() throws Exception {
        store = HistoryStore.open(dataDir);
        SeedStore.seed(store, 2_000, NOW);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    static HistoryModel model() {
        HistoryModel model = new HistoryModel(store, id -> SeedStore.configs().stream()
                .filter(c -> c.id().equals(id)).findFirst().map(c -> c.name()).orElse(null), Clock.fixed(NOW, ZONE), ZONE);
        model.reload(Runnable::run, Runnable::run);
        return model;
    }

    @Test
    void everySeededIncidentIsShownAndOnlyGitHubsOpenOneIsOngoing() {
        HistoryModel model = model();
        assertThat(model.rows()).hasSize(2_000);
        assertThat(model.countTextProperty().get()).isEqualTo("2,000 of 2,000 incidents");
        assertThat(model.rows().get(0).incident().id()).isEqualTo(SeedStore.OPEN_INCIDENT_ID);
        assertThat(model.rows().filtered(HistoryRow::ongoing)).extracting(r -> r.incident().id())
                .containsExactly(SeedStore.OPEN_INCIDENT_ID);
        assertThat(model.serviceChoices()).extracting(HistoryModel.ServiceChoice::name)
                .containsExactly("All services", "Anthropic", "AWS", "GitHub", "Google Cloud", "OpenAI", "Slack");
    }

    @Test
    void theServicesAndTheImpactsEachAddUpToTheWhole() {
        HistoryModel model = model();
        int services = 0;
        for (HistoryModel.ServiceChoice c : model.serviceChoices().subList(1, model.serviceChoices().size())) {
            model.serviceFilterProperty().set(c.id());
            assertThat(model.rows()).allMatch(r -> r.serviceId().equals(c.id())).isNotEmpty();
            services += model.rows().size();
        }
        assertThat(services).isEqualTo(2_000);
        model.serviceFilterProperty().set(null);
        int impacts = 0;
        for (ImpactFilter f : ImpactFilter.values()) {
            if (f != ImpactFilter.ALL) {
                model.impactFilterProperty().set(f);
                impacts += model.rows().size();
            }
        }
        assertThat(impacts).isEqualTo(2_000);
    }

    @Test
    void searchReadsTheBodiesPlainTextNotTheirMarkup() {
        HistoryModel model = model();
        // Every eleventh body (not every seventh, which is HTML) links "the post-incident review" in Markdown.
        model.searchTextProperty().set("Post-Incident REVIEW");
        long expected = java.util.stream.IntStream.range(1, 2_000).filter(n -> n % 11 == 0 && n % 7 != 0).count();
        assertThat(model.rows()).hasSize((int) expected);
        model.searchTextProperty().set("reviews"); // only in the links' addresses
        assertThat(model.rows()).isEmpty();
        model.searchTextProperty().set("queued jobs");
        assertThat(model.rows()).extracting(r -> r.incident().id()).containsExactly(SeedStore.OPEN_INCIDENT_ID);
    }

    @Test
    void consecutiveDateRangesSplitTheIncidentsWithOnlyTheOverlappingOnesInBoth() {
        HistoryModel model = model();
        LocalDate cut = LocalDate.of(2025, 6, 1);
        Instant midnight = cut.atStartOfDay(ZONE).toInstant();
        model.toDateProperty().set(cut.minusDays(1));
        int before = model.rows().size();
        model.toDateProperty().set(null);
        model.fromDateProperty().set(cut);
        int after = model.rows().size();
        model.fromDateProperty().set(null);
        long straddling = model.rows().stream()
                .filter(r -> r.spanStart().isBefore(midnight) && !r.spanEnd().isBefore(midnight)).count();
        assertThat(before).isPositive();
        assertThat(after).isPositive();
        assertThat(before + after).isEqualTo(2_000 + straddling);
    }

    @Test
    void sortingManyRowsOrdersThemByTheirRealValues() {
        HistoryModel model = model();
        model.rows().setComparator(HistoryRow.BY_STARTED);
        assertThat(model.rows()).extracting(r -> r.incident().started()).isSorted();
        model.rows().setComparator(HistoryRow.BY_DURATION);
        List<HistoryRow> rows = List.copyOf(model.rows());
        assertThat(rows.get(rows.size() - 1).ongoing()).isTrue();
        assertThat(rows.subList(0, rows.size() - 1)).extracting(HistoryRow::duration).isSorted();
        model.rows().setComparator(HistoryRow.BY_IMPACT.reversed());
        int[] severities = model.rows().stream().mapToInt(r -> r.impact().ordinal()).toArray();
        int[] copy = severities.clone();
        Arrays.sort(copy);
        for (int i = 0; i < copy.length / 2; i++) {
            int t = copy[i];
            copy[i] = copy[copy.length - 1 - i];
            copy[copy.length - 1 - i] = t;
        }
        assertThat(severities).containsExactly(copy);
    }
}
