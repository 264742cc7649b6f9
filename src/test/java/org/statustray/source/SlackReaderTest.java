package org.statustray.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.statustray.model.Component;
import org.statustray.model.History;
import org.statustray.model.Impact;
import org.statustray.model.Incident;
import org.statustray.model.IncidentUpdate;
import org.statustray.model.Snapshot;
import org.statustray.model.Status;
import org.statustray.testing.Fixtures;

/** The Slack reader on the Slack Status API v2 payloads: the docs' ok example, a composite current, a history. */
class SlackReaderTest {
    static final URI CURRENT = URI.create("https://slack-status.com/api/v2.0.0/current");
    static final URI HISTORY = URI.create("https://slack-status.com/api/v2.0.0/history");
    static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    final SlackReader reader = new SlackReader();

    @Test
    void okWithNothingActiveIsOperational() throws Exception {
        Snapshot s = reader.read(Fixtures.bytes("slack/current-v2-ok-docs-example.json"), CURRENT, NOW);

        assertThat(s.format()).isEqualTo("slack");
        assertThat(s.service()).isEqualTo("Slack");
        assertThat(s.url()).isEqualTo(CURRENT.toString());
        assertThat(s.fetchedAt()).isEqualTo(NOW);
        assertThat(s.status()).isEqualTo(Status.OPERATIONAL);
        assertThat(s.description()).isEqualTo("All Systems Operational");
        assertThat(s.components()).isEmpty();
        assertThat(s.componentsComplete()).isFalse();
        assertThat(s.incidents()).isEmpty();
        assertThat(s.maintenances()).isEmpty();
    }

    /** The composite file's incident objects are real; its top-level "ok" is from another capture. */
    @Test
    void compositeCurrentGivesSixActiveIncidentsNewestFirstAndTheServicesTheyName() throws Exception {
        Snapshot s = reader.read(Fixtures.bytes("slack/current-v2-slack-composite-2019-11-to-2019-12.json"), CURRENT, NOW);

        assertThat(s.incidents()).extracting(Incident::id)
                .containsExactly("793", "792", "791", "789", "786", "783");
        assertThat(s.incidents()).allMatch(i -> i.status().equals("active") && i.isActive() && i.resolved() == null);
        assertThat(s.incidents()).extracting(Incident::id, Incident::impact).contains(
                tuple("783", Impact.MINOR), tuple("791", Impact.MAJOR));

        Incident notice = s.incidents().get(5);
        assertThat(notice.title()).isEqualTo("We are investigating timestamp issues for customers in Brazil");
        assertThat(notice.started()).isEqualTo(Instant.parse("2019-11-11T23:45:09Z")); // 15:45:09-08:00
        assertThat(notice.url()).isEqualTo("https://status.slack.com/2019-11/268dad0bff822680");
        assertThat(notice.componentIds()).containsExactly("Notifications");
        assertThat(notice.updates()).singleElement().satisfies(u -> {
            assertThat(u.at()).isEqualTo(Instant.parse("2019-11-11T23:45:09Z"));
            assertThat(u.body()).startsWith("We are aware of an issue with Brazilian time zone settings");
        });

        Incident twoNotes = s.incidents().get(2);
        assertThat(twoNotes.id()).isEqualTo("791");
        assertThat(twoNotes.started()).isEqualTo(Instant.parse("2019-12-10T00:34:53Z"));
        assertThat(twoNotes.updated()).isEqualTo(Instant.parse("2019-12-10T00:49:34Z"));
        assertThat(twoNotes.componentIds()).containsExactly("Connections", "Messaging");
        assertThat(twoNotes.updates()).extracting(IncidentUpdate::body).satisfiesExactly(
                first -> assertThat(first).startsWith("Some people may be having an issue with Slack. We’re"),
                second -> assertThat(second).startsWith("Some customers may be experiencing server errors"));
        assertThat(twoNotes.latestUpdate().body()).contains("We're very sorry");

        assertThat(s.components()).extracting(Component::id, Component::name, Component::group, Component::status)
                .containsExactlyInAnyOrder(
                        tuple("Notifications", "Notifications", null, Status.DEGRADED),
                        tuple("Login/SSO", "Login/SSO", null, Status.PARTIAL_OUTAGE),
                        tuple("Posts/Files", "Posts/Files", null, Status.PARTIAL_OUTAGE),
                        tuple("Connections", "Connections", null, Status.PARTIAL_OUTAGE),
                        tuple("Messaging", "Messaging", null, Status.PARTIAL_OUTAGE),
                        tuple("Workspace/Org Administration", "Workspace/Org Administration", null, Status.PARTIAL_OUTAGE));
        assertThat(s.componentsComplete()).isFalse();
        assertThat(s.watching(List.of("Notifications")).status()).isEqualTo(Status.DEGRADED);
    }

    @Test
    void historyHoldsEveryResolvedItemWithItsTypeAsImpact() throws Exception {
        History h = reader.readHistory(Fixtures.bytes("slack/history-v2-slack-2019-08.json"), HISTORY);

        assertThat(h.incidents()).hasSize(116).noneMatch(Incident::isActive)
                .allMatch(i -> i.status().equals("resolved") && i.resolved() != null);
        assertThat(h.maintenances()).isEmpty();
        assertThat(h.incidents()).filteredOn(i -> i.impact() == Impact.MAJOR).hasSize(105);
        assertThat(h.incidents()).filteredOn(i -> i.impact() == Impact.CRITICAL).hasSize(6);
        assertThat(h.incidents()).filteredOn(i -> i.impact() == Impact.MINOR).hasSize(5);
        assertThat(h.incidents()).flatExtracting(Incident::updates).hasSize(511)
                .allMatch(u -> u.status() == null && u.at() != null && !u.body().contains("\r"));
        assertThat(h.incidents()).allSatisfy(i -> assertThat(i.updates()).extracting(IncidentUpdate::at).isSorted());
        assertThat(h.incidents()).filteredOn(i -> i.componentIds().isEmpty()).as("items naming no service").hasSize(13);
    }

    @Test
    void historyNotesAreOldestFirstWithTheirPostMortemAndPacificOffsets() throws Exception {
        History h = reader.readHistory(Fixtures.bytes("slack/history-v2-slack-2019-08.json"), HISTORY);

        Incident first = h.incidents().get(0);
        assertThat(first.id()).as("numeric id").isEqualTo("756");
        assertThat(first.title()).isEqualTo("DMs and starred channels missing from sidebar");
        assertThat(first.started()).isEqualTo(Instant.parse("2019-08-23T17:53:23Z")); // 10:53:23-07:00
        assertThat(first.resolved()).isEqualTo(Instant.parse("2019-08-26T22:32:23Z"));
        assertThat(first.updates()).hasSize(10);
        assertThat(first.updates().get(0).body()).startsWith("Some customers may be noticing that DMs");
        assertThat(first.latestUpdate().body()).startsWith("Issue Summary:\n\nOn August 23, 2019 at 10:50 a.m. PDT");

        Incident winter = h.incidents().get(115);
        assertThat(winter.id()).isEqualTo("625");
        assertThat(winter.started()).isEqualTo(Instant.parse("2019-02-20T00:29:24Z")); // 16:29:24-08:00

        Incident outage = h.incidents().stream().filter(i -> i.id().equals("714")).findFirst().orElseThrow();
        assertThat(outage.impact()).isEqualTo(Impact.CRITICAL);
        assertThat(outage.updates()).hasSize(29);
        assertThat(outage.componentIds()).as("retired service names kept").containsExactly(
                "Workspace/Org Administration", "Connections", "Messaging", "Link Previews", "Posts/Files", "Notifications");
    }

    @Test
    void endpointsAcceptThePageRootAndEitherApiUrl() {
        assertThat(reader.endpoint(URI.create("https://slack-status.com")))
                .hasToString("https://slack-status.com/api/v2.0.0/current");
        assertThat(reader.endpoint(URI.create("https://status.slack.com/")))
                .hasToString("https://status.slack.com/api/v2.0.0/current");
        assertThat(reader.endpoint(CURRENT)).isEqualTo(CURRENT);
        assertThat(reader.endpoint(HISTORY)).isEqualTo(CURRENT);
        assertThat(reader.endpoint(URI.create("https://status.slack.com/api/current")))
                .hasToString("https://status.slack.com/api/v2.0.0/current");
        assertThat(reader.endpoint(URI.create("http://127.0.0.1:8000/slack/api/v1.0.0/history")))
                .hasToString("http://127.0.0.1:8000/slack/api/v2.0.0/current");
        assertThat(reader.endpoint(URI.create("http://127.0.0.1:8000/slack/")))
                .hasToString("http://127.0.0.1:8000/slack/api/v2.0.0/current");
        assertThat(reader.historyEndpoint(CURRENT)).isEqualTo(HISTORY);
        assertThat(reader.historyEndpoint(URI.create("https://slack-status.com"))).isEqualTo(HISTORY);
    }
}
