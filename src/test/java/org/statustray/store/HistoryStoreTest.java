package org.statustray.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.statustray.model.History;
import org.statustray.model.Impact;
import org.statustray.model.Incident;
import org.statustray.model.IncidentUpdate;
import org.statustray.model.Maintenance;
import org.statustray.model.Notice;
import org.statustray.model.Snapshot;
import org.statustray.model.Status;
import org.statustray.source.StatuspageReader;
import org.statustray.testing.Fixtures;

/** What goes into the store comes back out: merged incidents, transitions, snapshots, notifications. */
class HistoryStoreTest {
    static final URI GITHUB = URI.create("https://www.githubstatus.com/api/v2/summary.json");
    static final Instant T0 = Instant.parse("2026-10-07T10:00:00Z");

    @TempDir
    Path dataDir;
    HistoryStore store;

    @BeforeEach
    void open() throws StoreException {
        store = HistoryStore.open(dataDir);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aHistoryPageThenAPollWithOneMoreUpdateMakeOneIncidentWithEveryUpdateOnce() throws Exception {
        History history = new StatuspageReader().readHistory(
                Fixtures.bytes("statuspage/incidents-githubstatus-2024-09-17-trimmed.json"), GITHUB);
        Incident fromHistory = history.incidents().get(0);
        store.upsertIncidents("github", history.incidents());
        IncidentUpdate postmortem = new IncidentUpdate("pm1", "postmortem", Instant.parse("2024-09-17T09:00:00Z"),
                Instant.parse("2024-09-17T09:00:05Z"), "We published a postmortem.");
        List<IncidentUpdate> more = new ArrayList<>(fromHistory.updates());
        more.add(postmortem);
        Incident polled = new Incident(fromHistory.id(), "Renamed by the operator", "postmortem", Impact.CRITICAL,
                fromHistory.started(), postmortem.at(), fromHistory.resolved(), fromHistory.url(), more,
                fromHistory.componentIds());

        store.upsertIncidents("github", List.of(polled));
        store.upsertIncidents("github", List.of(polled));
        store.upsertIncidents("github", history.incidents()); // the history page again, now stale for this one

        List<StoredIncident> all = store.incidents("github", null);
        assertThat(all).hasSize(2);
        Incident merged = all.stream().map(StoredIncident::incident).filter(i -> i.id().equals(fromHistory.id()))
                .findFirst().orElseThrow();
        assertThat(merged).isEqualTo(polled);
        assertThat(merged.updates()).hasSize(fromHistory.updates().size() + 1).endsWith(postmortem);
    }

    @Test
    void theStatusJustBeforeAnInstantIsEachComponentsLastTransitionBeforeIt() {
        store.recordTransition("gh", null, null, Status.OPERATIONAL, T0);
        store.recordTransition("gh", "api", null, Status.OPERATIONAL, T0);
        store.recordTransition("gh", "api", Status.OPERATIONAL, Status.DEGRADED, T0.plusSeconds(60));
        store.recordTransition("gh", "api", Status.DEGRADED, Status.MAJOR_OUTAGE, T0.plusSeconds(60));
        store.recordTransition("gh", "api", Status.MAJOR_OUTAGE, Status.OPERATIONAL, T0.plusSeconds(600));
        store.recordTransition("other", "api", null, Status.DEGRADED, T0);

        assertThat(store.transitionsBefore("gh", T0.plusSeconds(300))).containsExactly(
                new Transition("gh", null, null, Status.OPERATIONAL, T0),
                new Transition("gh", "api", Status.DEGRADED, Status.MAJOR_OUTAGE, T0.plusSeconds(60)));
        assertThat(store.transitionsBefore("gh", T0)).isEmpty();
    }

    /** The wall clock set back an hour between two changes: the later change is not read as the earlier. */
    @Test
    void aChangeRecordedAfterTheClockWentBackComesOutLastAndTheStatusNowIsIt() {
        store.recordTransition("gh", null, null, Status.OPERATIONAL, T0);
        store.recordTransition("gh", "api", null, Status.OPERATIONAL, T0);
        store.recordTransition("gh", null, Status.OPERATIONAL, Status.DEGRADED, T0.plusSeconds(60));
        Instant setBack = T0.plusSeconds(120).minusSeconds(3600);
        store.recordTransition("gh", null, Status.DEGRADED, Status.OPERATIONAL, setBack);
        store.recordTransition("gh", "git", null, Status.OPERATIONAL, setBack); // a chain of its own: kept as given

        assertThat(store.transitions("gh", null)).containsExactly(
                new Transition("gh", "git", null, Status.OPERATIONAL, setBack),
                new Transition("gh", null, null, Status.OPERATIONAL, T0),
                new Transition("gh", "api", null, Status.OPERATIONAL, T0),
                new Transition("gh", null, Status.OPERATIONAL, Status.DEGRADED, T0.plusSeconds(60)),
                new Transition("gh", null, Status.DEGRADED, Status.OPERATIONAL, T0.plusSeconds(60)));
        assertThat(store.transitionsBefore("gh", T0.plusSeconds(61))).filteredOn(t -> t.componentId() == null)
                .extracting(Transition::to).containsExactly(Status.OPERATIONAL);
    }

    @Test
    void updatesWithoutIdsMergeByTimeStatusAndText() {
        IncidentUpdate first = new IncidentUpdate(null, "investigating", T0, null, "Looking into it.");
        IncidentUpdate second = new IncidentUpdate(null, "resolved", T0.plusSeconds(600), null, "Fixed.");
        store.upsertIncidents("feed", List.of(incident("e1", "investigating", null, List.of(first))));
        store.upsertIncidents("feed", List.of(incident("e1", "resolved", T0.plusSeconds(600), List.of(first, second))));

        Incident stored = store.incidents("feed", null).get(0).incident();
        assertThat(stored.updates()).containsExactly(first, second);
        assertThat(stored.status()).isEqualTo("resolved");
    }

    @Test
    void aWholeHistoryRoundTripsNewestFirstWithUpdatesInDisplayOrder() throws Exception {
        History history = new StatuspageReader().readHistory(
                Fixtures.bytes("statuspage/incidents-emma-2019-02-21-america-chicago.json"), GITHUB);
        store.upsertIncidents("emma", history.incidents());

        List<Incident> back = store.incidents("emma", null).stream().map(StoredIncident::incident).toList();
        assertThat(back).hasSize(22).containsExactlyInAnyOrderElementsOf(history.incidents());
        assertThat(back).extracting(Incident::started).isSortedAccordingTo((a, b) -> b.compareTo(a));
        assertThat(back.stream().filter(i -> i.id().equals("272vrysp78ds")).findFirst().orElseThrow().updates())
                .extracting(IncidentUpdate::status).containsExactly("identified", "investigating", "resolved");
        assertThat(store.incidents("emma", Instant.parse("2019-01-01T00:00:00Z")))
                .allMatch(s -> !s.incident().started().isBefore(Instant.parse("2018-12-01T00:00:00Z")))
                .hasSizeBetween(1, 21);
        assertThat(store.incidents("someone-else", null)).isEmpty();
        assertThat(store.incidents(null, null)).hasSize(22).allMatch(s -> s.serviceId().equals("emma"));
    }

    @Test
    void maintenancesAreKeptApartFromIncidents() throws Exception {
        History history = new StatuspageReader().readHistory(
                Fixtures.bytes("statuspage/scheduled-maintenances-claude-2026-09-15.json"), GITHUB);
        store.upsertMaintenances("anthropic", history.maintenances());
        store.upsertMaintenances("anthropic", history.maintenances());

        assertThat(store.incidents("anthropic", null)).isEmpty();
        assertThat(store.maintenances("anthropic", null)).extracting(StoredMaintenance::maintenance)
                .containsExactlyInAnyOrderElementsOf(history.maintenances());
    }

    @Test
    void transitionsComeBackOldestFirstPerServiceAndSince() {
        store.recordTransition("openai", null, Status.OPERATIONAL, Status.DEGRADED, T0.plusSeconds(60));
        store.recordTransition("openai", "api", Status.OPERATIONAL, Status.MAJOR_OUTAGE, T0);
        store.recordTransition("github", null, null, Status.OPERATIONAL, T0.plusSeconds(30));
        store.recordTransition("openai", null, Status.DEGRADED, Status.OPERATIONAL, T0.plusSeconds(120));

        assertThat(store.transitions("openai", null)).containsExactly(
                new Transition("openai", "api", Status.OPERATIONAL, Status.MAJOR_OUTAGE, T0),
                new Transition("openai", null, Status.OPERATIONAL, Status.DEGRADED, T0.plusSeconds(60)),
                new Transition("openai", null, Status.DEGRADED, Status.OPERATIONAL, T0.plusSeconds(120)));
        assertThat(store.transitions("openai", T0.plusSeconds(60))).extracting(Transition::to)
                .containsExactly(Status.DEGRADED, Status.OPERATIONAL);
        assertThat(store.transitions(null, null)).extracting(Transition::serviceId)
                .containsExactly("openai", "github", "openai", "openai");
    }

    @Test
    void aSnapshotRoundTripsEqual() throws Exception {
        Snapshot s = new StatuspageReader().read(
                Fixtures.bytes("statuspage/summary-githubstatus-2022-11-25-packages-incident.json"), GITHUB,
                Instant.parse("2022-11-25T15:55:00.123456789Z"));
        assertThat(s.incidents()).isNotEmpty();
        store.saveSnapshot("github", s);
        store.saveSnapshot("github", s.named("GitHub (renamed)"));

        assertThat(store.lastSnapshot("github")).contains(s.named("GitHub (renamed)"));
        assertThat(store.lastSnapshot("nobody")).isEmpty();
    }

    @Test
    void aNotificationIsRecordedOnceAndStillKnownAfterARestart() throws Exception {
        Notice n = new Notice("openai|DEGRADED|degraded", "openai", "OpenAI: degraded", "Elevated errors",
                Status.DEGRADED, Notice.Urgency.NORMAL, "openai|inc1", "https://status.openai.com", T0);
        assertThat(store.wasNotified(n.key())).isFalse();
        assertThat(store.recordNotification(n)).isTrue();
        assertThat(store.recordNotification(n)).isFalse();

        store.close();
        store = HistoryStore.open(dataDir);

        assertThat(store.wasNotified(n.key())).isTrue();
        assertThat(store.recordNotification(n)).as("nothing is sent twice after a restart").isFalse();
        assertThat(store.notifications(null)).containsExactly(n);
        assertThat(store.notifications(T0.plusSeconds(1))).isEmpty();
    }

    @Test
    void aBackfillIsRememberedPerService() {
        assertThat(store.backfilledAt("gcp")).isEmpty();
        store.markBackfilled("gcp", 157);
        assertThat(store.backfilledAt("gcp")).isPresent();
        assertThat(store.backfilledAt("aws")).isEmpty();
    }

    @Test
    void writesFromManyThreadsAreAllKept() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                String service = "s" + t;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < 25; i++) {
                        store.recordTransition(service, null, Status.OPERATIONAL, Status.DEGRADED, T0.plusSeconds(i));
                        store.upsertIncidents(service, List.of(incident("i" + i, "investigating", null, List.of())));
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(store.transitions(null, null)).hasSize(200);
        assertThat(store.incidents(null, null)).hasSize(200);
    }

    static Incident incident(String id, String status, Instant resolved, List<IncidentUpdate> updates) {
        Instant updated = updates.isEmpty() ? T0 : updates.get(updates.size() - 1).at();
        return new Incident(id, "Something broke", status, Impact.MINOR, T0, updated, resolved, "https://x/" + id,
                updates, List.of());
    }

}
