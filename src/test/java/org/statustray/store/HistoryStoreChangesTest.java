package org.statustray.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.statustray.model.Impact;
import org.statustray.model.Incident;
import org.statustray.model.IncidentUpdate;
import org.statustray.model.Maintenance;
import org.statustray.testing.MovableClock;

/**
 * The store tells when its incidents changed ({@link HistoryStore#incidentsVersion}), and only then: a poll
 * that reads the same incidents again changes nothing. Updates come back in display order on every read.
 */
class HistoryStoreChangesTest {
    static final Instant T0 = Instant.parse("2026-10-07T10:00:00Z");

    @TempDir
    Path dataDir;
    final MovableClock clock = new MovableClock(T0.plusSeconds(3600));
    HistoryStore store;

    @BeforeEach
    void open() throws StoreException {
        store = HistoryStore.open(dataDir, clock, Migrations.STEPS);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void onlyANewOrChangedIncidentChangesTheVersion() {
        IncidentUpdate first = update("u1", "investigating", T0, "Looking into it.");
        Incident incident = incident("Webhooks delayed", T0, List.of(first));
        long empty = store.incidentsVersion();

        store.upsertIncidents("github", List.of(incident));
        long stored = store.incidentsVersion();
        assertThat(stored).isNotEqualTo(empty);
        store.upsertIncidents("github", List.of(incident)); // the next poll reads the same
        store.upsertIncidents("github", List.of());
        store.upsertMaintenances("github", List.of(new Maintenance("m1", "Database upgrade", "scheduled", T0, null,
                null, List.of(), List.of())));
        assertThat(store.incidentsVersion()).isEqualTo(stored);

        store.upsertIncidents("github", List.of(incident("Webhooks and API delayed", T0, List.of(first))));
        long renamed = store.incidentsVersion();
        assertThat(renamed).isNotEqualTo(stored);

        IncidentUpdate second = update("u2", "identified", T0.plusSeconds(60), "Found it.");
        Incident later = incident("Webhooks and API delayed", T0.plusSeconds(60), List.of(first, second));
        store.upsertIncidents("github", List.of(later));
        long updated = store.incidentsVersion();
        assertThat(updated).isNotEqualTo(renamed);

        IncidentUpdate reworded = update("u2", "identified", T0.plusSeconds(60), "Found it: a bad deploy.");
        Incident corrected = incident("Webhooks and API delayed", T0.plusSeconds(60), List.of(first, reworded));
        store.upsertIncidents("github", List.of(corrected));
        long edited = store.incidentsVersion();
        assertThat(edited).isNotEqualTo(updated);

        store.upsertIncidents("github", List.of(incident("An older read", T0, List.of(first)))); // stale: ignored
        assertThat(store.incidentsVersion()).isEqualTo(edited);
        assertThat(store.incidents("github", null)).extracting(StoredIncident::incident).containsExactly(corrected);
    }

    @Test
    void anIncidentWithoutAnyTimeStaysActiveWhenSeenAgainWithoutCountingAsAChange() {
        Incident timeless = new Incident("f1", "Feed item without a date", "investigating", null, null, null, null,
                null, List.of(), List.of());
        store.upsertIncidents("feed", List.of(timeless));
        long stored = store.incidentsVersion();

        clock.set(T0.plusSeconds(86_400));
        store.upsertIncidents("feed", List.of(timeless));

        assertThat(store.incidentsVersion()).isEqualTo(stored);
        assertThat(store.incidents("feed", T0.plusSeconds(86_400))).extracting(StoredIncident::incident)
                .containsExactly(timeless); // seen just now: still in the last day
    }

    @Test
    void updatesComeBackByTimeAndInTheOrderWrittenWhereTheyShareOne() {
        IncidentUpdate late = update("a", "resolved", T0.plusSeconds(600), "Fixed.");
        IncidentUpdate early = update("b", "investigating", T0, "Looking into it.");
        IncidentUpdate sameTimeFirst = update("c", "identified", T0.plusSeconds(60), "Found it.");
        IncidentUpdate sameTimeSecond = update("d", "monitoring", T0.plusSeconds(60), "Watching.");
        IncidentUpdate undated = new IncidentUpdate("e", "update", null, null, "No time given.");
        IncidentUpdate postedOnly = new IncidentUpdate("f", "update", null, T0.plusSeconds(30), "Posted, not dated.");
        Incident incident = new Incident("i1", "Outage", "resolved", Impact.MAJOR, T0, T0.plusSeconds(600),
                T0.plusSeconds(600), null, List.of(late, early, sameTimeFirst, sameTimeSecond, undated, postedOnly),
                List.of("api", "web"));
        store.upsertIncidents("github", List.of(incident));
        store.upsertIncidents("openai", List.of(incident));

        List<IncidentUpdate> inOrder = List.of(undated, early, postedOnly, sameTimeFirst, sameTimeSecond, late);
        for (List<StoredIncident> read : List.of(store.incidents(null, null), store.incidents("github", null),
                store.incidents("github", T0), store.incidents(null, T0))) {
            assertThat(read).isNotEmpty().allSatisfy(s -> {
                assertThat(s.incident().updates()).containsExactlyElementsOf(inOrder);
                assertThat(s.incident().componentIds()).containsExactly("api", "web");
            });
        }
    }

    static Incident incident(String title, Instant updated, List<IncidentUpdate> updates) {
        return new Incident("i1", title, "investigating", Impact.MINOR, T0, updated, null, "https://status.example/i1",
                updates, List.of("api"));
    }

    static IncidentUpdate update(String id, String status, Instant at, String body) {
        return new IncidentUpdate(id, status, at, at, body);
    }
}
