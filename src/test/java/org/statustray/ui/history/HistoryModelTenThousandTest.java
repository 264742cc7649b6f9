package org.statustray.ui.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.statustray.store.HistoryStore;
import org.statustray.testing.SeedStore;

/**
 * 10,000 seeded incidents (about 40,000 updates) load and filter correctly. The times are printed for
 * whoever tunes this, never asserted: a timed unit test on a shared machine only flakes.
 */
class HistoryModelTenThousandTest {
    static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");

    @Test
    void tenThousandIncidentsLoadAndFilter(@TempDir Path dataDir) throws Exception {
        try (HistoryStore seeding = HistoryStore.open(dataDir)) {
            SeedStore.seed(seeding, 10_000, NOW);
        }
        try (HistoryStore store = HistoryStore.open(dataDir)) {
            ZoneId zone = ZoneId.of("Europe/Berlin");
            HistoryModel model = new HistoryModel(store, id -> id.toUpperCase(), Clock.fixed(NOW, zone), zone);
            long t0 = System.nanoTime();
            model.reload(Runnable::run, Runnable::run);
            long loaded = System.nanoTime();
            assertThat(model.rows()).hasSize(10_000);
            assertThat(model.countTextProperty().get()).isEqualTo("10,000 of 10,000 incidents");

            StringBuilder times = new StringBuilder();
            for (String text : new String[] {"e", "el", "ele", "elevated", "elevated err", "elevated errors claude"}) {
                long f0 = System.nanoTime();
                model.searchTextProperty().set(text);
                times.append(String.format(" '%s' %.1f ms (%d rows);", text, (System.nanoTime() - f0) / 1e6, model.rows().size()));
            }
            assertThat(model.rows()).isNotEmpty().allMatch(r -> r.incident().title().toLowerCase().contains("elevated errors")
                    && r.serviceId().equals("anthropic"));
            long s0 = System.nanoTime();
            model.searchTextProperty().set("");
            model.rows().setComparator(HistoryRow.BY_DURATION);
            long sorted = System.nanoTime();
            assertThat(model.rows()).hasSize(10_000);
            System.out.printf("history of 10,000: load %.0f ms; filter:%s clear and sort by duration %.1f ms%n",
                    (loaded - t0) / 1e6, times, (sorted - s0) / 1e6);
        }
    }
}
