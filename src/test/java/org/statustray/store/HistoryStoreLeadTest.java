package org.statustray.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.statustray.model.Impact;
import org.statustray.model.Incident;
import org.statustray.model.IncidentUpdate;
import org.statustray.model.ProbeFailure;
import org.statustray.model.ProbeResult;
import org.statustray.model.ProbeTimes;
import org.statustray.model.Status;

/**
 * How far ahead of the status page StatusTray saw an incident, kept with it; and schema 4 (probes, leads)
 * over a file that schema 3 wrote.
 */
class HistoryStoreLeadTest {
    static final Instant T0 = Instant.parse("2026-10-07T10:00:00Z");
    static final Clock CLOCK = Clock.fixed(T0, ZoneOffset.UTC);

    @TempDir
    Path tmp;

    static Incident incident(String id) {
        return new Incident(id, "Trouble " + id, "investigating", Impact.MAJOR, T0, T0, null, null,
                List.of(new IncidentUpdate(id + "-0", "investigating", T0, T0, "Looking into it.")), List.of());
    }

    @Test
    void aLeadIsKeptWithItsIncidentTheFirstOneOnlyAndReadEverywhereIncidentsAre() throws Exception {
        try (HistoryStore store = HistoryStore.open(tmp, CLOCK, Migrations.STEPS)) {
            assertThat(store.recordLead("acme", "i1", Duration.ofMinutes(12))).as("not stored yet").isFalse();
            long version = store.incidentsVersion();
            store.batch(() -> {
                store.upsertIncidents("acme", List.of(incident("i1"), incident("i2")));
                assertThat(store.recordLead("acme", "i1", Duration.ofSeconds(754))).isTrue();
            });
            assertThat(store.recordLead("acme", "i1", Duration.ofMinutes(1))).as("measured once").isFalse();
            assertThat(store.recordLead("other", "i2", Duration.ofMinutes(1))).as("another service's").isFalse();
            assertThat(store.incidentsVersion()).isGreaterThan(version);
            store.upsertIncidents("acme", List.of(incident("i1"))); // polled again: the lead stays

            assertThat(store.incidents("acme", null)).extracting(s -> s.incident().id(), StoredIncident::lead)
                    .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("i1", Duration.ofSeconds(754)),
                            org.assertj.core.groups.Tuple.tuple("i2", null));
            assertThat(IncidentsJson.render(store.incidents("acme", null))).contains("\"lead\" : 754", "\"lead\" : null");
        }
        List<StoredIncident> read = new ArrayList<>();
        try (ReadOnlyHistory history = ReadOnlyHistory.open(tmp)) {
            history.eachIncident(null, null, false, (s, updates) -> read.add(s));
        }
        assertThat(read).extracting(StoredIncident::lead).containsExactlyInAnyOrder(Duration.ofSeconds(754), null);
    }

    @Test
    void aFileAtSchema3IsUpgradedTo4KeepingItsRowsAndAnUnmigratedOneIsReadWithoutLeads() throws Exception {
        List<List<String>> three = Migrations.STEPS.subList(0, 3);
        try (HistoryStore store = HistoryStore.open(tmp, CLOCK, three)) {
            store.recordTransition("acme", null, null, Status.MAJOR_OUTAGE, T0);
            store.upsertIncidents("acme", List.of(incident("i1")));
            store.holdNotification(new org.statustray.model.Notice("k1", "acme", "Acme is down", "body",
                    Status.MAJOR_OUTAGE, org.statustray.model.Notice.Urgency.CRITICAL, "acme", null, T0));
        }
        assertThat(HistoryStoreFileTest.pragma(tmp, "user_version")).isEqualTo("3");
        List<StoredIncident> before = new ArrayList<>();
        try (ReadOnlyHistory history = ReadOnlyHistory.open(tmp)) {
            history.eachIncident(null, null, true, (s, updates) -> before.add(s));
        }
        assertThat(before).singleElement().extracting(StoredIncident::lead).isNull();

        try (HistoryStore store = HistoryStore.open(tmp, CLOCK, Migrations.STEPS)) {
            assertThat(store.transitions(null, null)).hasSize(1);
            assertThat(store.heldNotifications()).hasSize(1);
            assertThat(store.incidents(null, null)).singleElement().satisfies(s -> {
                assertThat(s.incident()).isEqualTo(before.get(0).incident());
                assertThat(s.lead()).isNull();
            });
            assertThat(store.recordLead("acme", "i1", Duration.ofMinutes(3))).isTrue();
            store.recordProbe("acme", new ProbeResult("https://acme.test/", false, null,
                    new ProbeTimes(1L, null, null, null, 30), ProbeFailure.UNREACHABLE, "refused", T0));
            assertThat(store.probeSeries("acme", T0, T0.plusSeconds(60))).singleElement()
                    .extracting(ProbeBucket::failed).isEqualTo(1);
        }
        assertThat(HistoryStoreFileTest.pragma(tmp, "user_version")).isEqualTo("4");
        assertThat(HistoryStoreFileTest.query(tmp, "SELECT lead_seconds FROM events")).isEqualTo("180");
    }
}
