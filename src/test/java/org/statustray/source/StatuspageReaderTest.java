package org.statustray.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.statustray.model.Component;
import org.statustray.model.Impact;
import org.statustray.model.Incident;
import org.statustray.model.IncidentUpdate;
import org.statustray.model.Snapshot;
import org.statustray.model.Status;
import org.statustray.testing.Fixtures;

/** The Statuspage reader on real githubstatus.com, status.myemma.com and status.claude.com payloads. */
class StatuspageReaderTest {
    static final URI GITHUB = URI.create("https://www.githubstatus.com/api/v2/summary.json");
    static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    final StatuspageReader reader = new StatuspageReader();

    Snapshot read(String fixture) throws UnreadableException {
        return reader.read(Fixtures.bytes("statuspage/" + fixture), GITHUB, NOW);
    }

    @Test
    void operationalSummaryOfOlderShapeDropsThePlaceholderComponent() throws Exception {
        Snapshot s = read("summary-githubstatus-2019-05-10.json");

        assertThat(s.service()).isEqualTo("GitHub");
        assertThat(s.format()).isEqualTo("statuspage");
        assertThat(s.status()).isEqualTo(Status.OPERATIONAL);
        assertThat(s.description()).isEqualTo("All Systems Operational");
        assertThat(s.components()).hasSize(6)
                .extracting(Component::name).doesNotContain("Visit www.githubstatus.com for more information")
                .contains("Git Operations", "API Requests", "Notifications");
        assertThat(s.components()).allMatch(c -> c.status() == Status.OPERATIONAL && c.group() == null);
        assertThat(s.incidents()).isEmpty();
        assertThat(s.maintenances()).isEmpty();
        assertThat(s.fetchedAt()).isEqualTo(NOW);
    }

    @Test
    void indicatorMinorWinsOverAMajorIncidentAndAPartialOutageComponent() throws Exception {
        Snapshot s = read("summary-githubstatus-2022-11-25-packages-incident.json");

        assertThat(s.status()).isEqualTo(Status.DEGRADED);
        assertThat(s.description()).isEqualTo("Minor Service Outage");
        assertThat(s.components()).hasSize(10);
        assertThat(s.components()).filteredOn(c -> c.status() != Status.OPERATIONAL)
                .extracting(Component::name, Component::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Packages", Status.PARTIAL_OUTAGE));

        assertThat(s.incidents()).hasSize(1);
        Incident i = s.incidents().get(0);
        assertThat(i.id()).isEqualTo("ljwdk6qml8z8");
        assertThat(i.title()).isEqualTo("Incident with Packages and Pages");
        assertThat(i.status()).isEqualTo("investigating");
        assertThat(i.impact()).isEqualTo(Impact.MAJOR);
        assertThat(i.isActive()).isTrue();
        assertThat(i.started()).isEqualTo(Instant.parse("2022-11-25T14:39:09.542Z"));
        assertThat(i.updated()).isEqualTo(Instant.parse("2022-11-25T15:50:04.967Z"));
        assertThat(i.url()).isEqualTo("https://stspg.io/33vh8r7z43kh");
        assertThat(i.componentIds()).containsExactly("st3j38cctv9l", "vg70hn9s2tyj");
        assertThat(i.updates()).hasSize(7);
        assertThat(i.updates().get(0).id()).isEqualTo("n1dr3fb22655");
        assertThat(i.latestUpdate().id()).isEqualTo("k0x2s8g2plxb");
        assertThat(i.updates()).extracting(IncidentUpdate::at).isSorted();
    }

    @Test
    void watchedComponentsOverrideTheIndicator() throws Exception {
        Snapshot s = read("summary-githubstatus-2022-11-25-packages-incident.json");

        assertThat(s.watching(List.of("Packages")).status()).isEqualTo(Status.PARTIAL_OUTAGE);
        assertThat(s.watching(List.of("packages", "Git Operations")).description()).isEqualTo("Partial Outage: Packages");
        assertThat(s.watching(List.of("Git Operations", "Copilot")).status()).isEqualTo(Status.OPERATIONAL);
        assertThat(s.unmatched(List.of("Copilot", "Nope"))).containsExactly("Nope");
    }

    @Test
    void statusEndpointAloneGivesTheIndicator() throws Exception {
        Snapshot s = read("status-githubstatus-2019-05-09.json");

        assertThat(s.status()).isEqualTo(Status.OPERATIONAL);
        assertThat(s.description()).isEqualTo("All Systems Operational");
        assertThat(s.components()).isEmpty();
    }

    @Test
    void componentsEndpointWithoutIndicatorTakesTheWorstComponent() throws Exception {
        Snapshot s = read("components-githubstatus-2019-05-10.json");

        assertThat(s.components()).hasSize(6).allMatch(c -> c.group() == null);
        assertThat(s.status()).isEqualTo(Status.OPERATIONAL);
        assertThat(s.description()).isEqualTo("All Systems Operational");
    }

    @Test
    void incidentsEndpointWithOnlyResolvedIncidentsIsOperational() throws Exception {
        Snapshot s = read("incidents-githubstatus-2024-09-17-trimmed.json");

        assertThat(s.incidents()).isEmpty();
        assertThat(s.status()).isEqualTo(Status.OPERATIONAL);
    }

    @Test
    void historyKeepsResolvedIncidentsWithHtmlBodiesAndNullArrays() throws Exception {
        var history = reader.readHistory(Fixtures.bytes("statuspage/incidents-githubstatus-2024-09-17-trimmed.json"), GITHUB);

        assertThat(history.incidents()).hasSize(2);
        Incident major = history.incidents().get(0);
        assertThat(major.impact()).isEqualTo(Impact.MAJOR);
        assertThat(major.status()).isEqualTo("resolved");
        assertThat(major.isActive()).isFalse();
        assertThat(major.resolved()).isEqualTo(Instant.parse("2024-09-16T22:08:39.333Z"));
        assertThat(major.componentIds()).hasSize(2);
        assertThat(major.updates()).extracting(IncidentUpdate::status)
                .containsExactly("investigating", "investigating", "investigating", "investigating", "investigating", "resolved");
        Incident minor = history.incidents().get(1);
        assertThat(minor.impact()).isEqualTo(Impact.MINOR);
        assertThat(minor.componentIds()).as("components [] and affected_components null").isEmpty();
        assertThat(minor.updates()).hasSize(6);
        assertThat(history.incidents()).flatExtracting(Incident::updates).extracting(IncidentUpdate::body)
                .anyMatch(b -> b.contains("failing.<br /><br />We have taken"));
    }

    @Test
    void localOffsetsAndBackfilledUpdatesAreOrderedByDisplayTime() throws Exception {
        var history = reader.readHistory(Fixtures.bytes("statuspage/incidents-emma-2019-02-21-america-chicago.json"), GITHUB);

        assertThat(history.incidents()).hasSize(22).noneMatch(Incident::isActive);
        assertThat(history.incidents()).extracting(Incident::impact).containsOnly(Impact.MINOR, Impact.NONE, Impact.MAJOR);
        Incident first = history.incidents().get(0);
        assertThat(first.started()).isEqualTo(Instant.parse("2019-02-20T18:00:19.418Z")); // 12:00:19.418-06:00
        assertThat(first.updates()).extracting(IncidentUpdate::status)
                .containsExactly("investigating", "identified", "monitoring", "resolved");

        Incident backfilled = history.incidents().stream().filter(i -> i.id().equals("3m89ls8svt0r")).findFirst().orElseThrow();
        assertThat(backfilled.started()).isEqualTo(Instant.parse("2017-06-23T13:08:00Z")); // 08:08-05:00 (DST)
        assertThat(backfilled.updates()).hasSize(8).extracting(IncidentUpdate::at).isSorted();
        IncidentUpdate firstPost = backfilled.updates().get(0);
        assertThat(firstPost.postedAt()).isAfter(firstPost.at().plusSeconds(13 * 86400));
        assertThat(backfilled.latestUpdate().status()).isEqualTo("resolved");

        Incident reordered = history.incidents().stream().filter(i -> i.id().equals("272vrysp78ds")).findFirst().orElseThrow();
        assertThat(reordered.updates()).extracting(IncidentUpdate::status)
                .as("identified was displayed before the first investigating post")
                .containsExactly("identified", "investigating", "resolved");
        assertThat(reordered.started()).isEqualTo(Instant.parse("2017-06-12T21:45:00Z"));
        assertThat(history.incidents()).flatExtracting(Incident::updates)
                .filteredOn(u -> u.postedAt().isAfter(u.at().plusSeconds(86400))).hasSize(19);
    }

    @Test
    void completedMaintenancesAreHistoryNotCurrentAndMatchComponentsById() throws Exception {
        byte[] body = Fixtures.bytes("statuspage/scheduled-maintenances-claude-2026-09-15.json");

        Snapshot s = reader.read(body, GITHUB, NOW);
        assertThat(s.maintenances()).isEmpty();
        assertThat(s.status()).isEqualTo(Status.OPERATIONAL);

        var history = reader.readHistory(body, GITHUB);
        assertThat(history.maintenances()).hasSize(2).allMatch(m -> m.status().equals("completed") && !m.isOpen());
        var first = history.maintenances().get(0);
        assertThat(first.starts()).isEqualTo(Instant.parse("2025-08-29T01:25:00Z"));
        assertThat(first.ends()).isEqualTo(Instant.parse("2025-08-29T02:40:00Z"));
        assertThat(first.updates()).extracting(IncidentUpdate::status)
                .containsExactly("scheduled", "in_progress", "verifying", "completed");
        var second = history.maintenances().get(1);
        assertThat(second.updates()).extracting(IncidentUpdate::status)
                .containsExactly("scheduled", "scheduled", "in_progress", "completed");
        assertThat(second.componentIds()).containsExactly("rwppv331jlwc", "0qbwn08sd68x");
    }

    @Test
    void incidentIoCompatibleSummaryWithoutIncidentKeysReadsAsStatuspage() throws Exception {
        Snapshot s = reader.read(Fixtures.bytes("incidentio/summary-openai-v2compat-2026-07-09-operational.json"),
                URI.create("https://status.openai.com/api/v2/summary.json"), NOW);

        assertThat(s.service()).isEqualTo("OpenAI");
        assertThat(s.status()).isEqualTo(Status.OPERATIONAL);
        assertThat(s.components()).hasSize(25).allMatch(c -> c.status() == Status.OPERATIONAL)
                .extracting(Component::name).contains("Fine-tuning", "Codex API", "Connectors/Apps");
        assertThat(s.incidents()).isEmpty();
        assertThat(s.maintenances()).isEmpty();
    }

    @Test
    void endpointAcceptsPageRootsAndEndpointUrls() {
        assertThat(reader.endpoint(URI.create("https://www.githubstatus.com")))
                .hasToString("https://www.githubstatus.com/api/v2/summary.json");
        assertThat(reader.endpoint(URI.create("https://status.openai.com/?utm=x")))
                .hasToString("https://status.openai.com/api/v2/summary.json");
        assertThat(reader.endpoint(URI.create("https://x.statuspage.io/api/v2/status.json")))
                .hasToString("https://x.statuspage.io/api/v2/status.json");
        assertThat(reader.endpoint(URI.create("http://127.0.0.1:8000/pages/acme/")))
                .hasToString("http://127.0.0.1:8000/pages/acme/api/v2/summary.json");
        assertThat(reader.historyEndpoint(URI.create("https://www.githubstatus.com/api/v2/summary.json")))
                .hasToString("https://www.githubstatus.com/api/v2/incidents.json");
    }

    @Test
    void aBigPagesComponentsComeInTheOrderThePageShowsThemGroupByGroup() throws Exception {
        Snapshot s = read("summary-cloudflarestatus-2026-07-30-462-components.json");

        assertThat(s.components()).hasSize(462);
        assertThat(s.components().stream().map(Component::group).distinct().toList())
                .as("by the groups' positions, each group's members together (the API interleaves them by their own)")
                .containsExactly("Cloudflare Sites and Services", "Africa", "Asia", "Europe", "Latin America & the Caribbean",
                        "Middle East", "North America", "Oceania");
        assertThat(s.components().get(0).name()).isEqualTo("Abuse Reports");
        assertThat(s.components().stream().filter(c -> c.status() == Status.PARTIAL_OUTAGE).count()).isEqualTo(26);
        assertThat(s.components().stream().filter(c -> c.status() == Status.MAINTENANCE).count()).isEqualTo(20);
        assertThat(s.status()).as("the page's own indicator: minor").isEqualTo(Status.DEGRADED);
    }
}
