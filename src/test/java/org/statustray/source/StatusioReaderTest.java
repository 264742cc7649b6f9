package org.statustray.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.statustray.model.Component;
import org.statustray.model.Impact;
import org.statustray.model.Incident;
import org.statustray.model.IncidentUpdate;
import org.statustray.model.Maintenance;
import org.statustray.model.Snapshot;
import org.statustray.model.Status;
import org.statustray.testing.Fixtures;

/** The Status.io reader on GitLab's status and the documentation example, plus an active incident. */
class StatusioReaderTest {
    static final URI URL = URI.create("https://status-api.hostedstatus.com/1.0/status/5b36dc6502d06804c0834a07");
    static final Instant NOW = Instant.parse("2023-06-29T16:00:00Z");
    final StatusioReader reader = new StatusioReader();

    Snapshot read(String json) throws UnreadableException {
        return reader.read(json.replace('\'', '"').getBytes(StandardCharsets.UTF_8), URL, NOW);
    }

    @Test
    void gitlabOperationalWithContainersAsLeavesAndOneUpcomingMaintenance() throws Exception {
        Snapshot s = reader.read(Fixtures.bytes("statusio/status-gitlab-2023-06-29-upcoming-maintenance.json"), URL, NOW);

        assertThat(s.format()).isEqualTo("statusio");
        assertThat(s.service()).isEqualTo("status-api.hostedstatus.com");
        assertThat(s.status()).isEqualTo(Status.OPERATIONAL);
        assertThat(s.description()).isEqualTo("Operational");
        assertThat(s.componentsComplete()).isTrue();
        assertThat(s.components()).hasSize(17).allMatch(c -> c.status() == Status.OPERATIONAL);
        assertThat(s.components()).filteredOn(c -> c.name().equals("Google Compute Engine")).hasSize(13);
        assertThat(s.components()).extracting(Component::displayName).contains("Website / Google Compute Engine",
                "Support Services / Zendesk", "packages.gitlab.com / AWS", "version.gitlab.com / AWS",
                "forum.gitlab.com / Digital Ocean");
        assertThat(s.components()).extracting(Component::id).doesNotHaveDuplicates()
                .contains("5b36dc6502d06804c0834a07/5b36e11140e76c04b7220a31");
        assertThat(s.incidents()).isEmpty();

        Maintenance m = s.maintenances().get(0);
        assertThat(s.maintenances()).hasSize(1);
        assertThat(m.id()).isEqualTo("649d8d7a6c2f36053b37055d");
        assertThat(m.title()).isEqualTo("CI Cluster PostgreSQL 14 Upgrade");
        assertThat(m.status()).isEqualTo("scheduled");
        assertThat(m.starts()).isEqualTo(Instant.parse("2023-07-08T14:00:00Z"));
        assertThat(m.ends()).isEqualTo(Instant.parse("2023-07-08T19:00:00Z"));
        assertThat(m.componentIds()).hasSize(5).allMatch(id -> id.endsWith("/5b36e11140e76c04b7220a31"))
                .contains("5b36dc6502d06804c0834a07/5b36e11140e76c04b7220a31");
        assertThat(m.updates()).singleElement().satisfies(u -> {
            assertThat(u.at()).isEqualTo(Instant.parse("2023-06-29T13:56:10.282Z"));
            assertThat(u.body()).startsWith("We will be undergoing scheduled maintenance to our CI database layer.");
            assertThat(u.status()).isNull();
        });
        assertThat(s.watching(List.of("Website")).status()).as("a component name selects its locations")
                .isEqualTo(Status.OPERATIONAL);
    }

    @Test
    void documentationExampleSplitsAComponentIntoItsLocations() throws Exception {
        Snapshot s = reader.read(Fixtures.bytes("statusio/status-docs-example-operational.json"), URL, NOW);

        assertThat(s.status()).isEqualTo(Status.OPERATIONAL);
        assertThat(s.components()).extracting(Component::id, Component::displayName).containsExactly(
                tuple("56a807c7b62d59d808000010/56a807c7b62d59d808000012", "Website / US-West"),
                tuple("56a807c7b62d59d808000010/56a807c7b62d59d808000013", "Website / US-East"));
        assertThat(s.maintenances()).isEmpty();
    }

    @Test
    void activeIncidentTakesItsPhaseAndSeverityFromTheLatestMessage() throws Exception {
        Snapshot s = read("{'result':{'status_overall':{'status':'Service Disruption','status_code':500},"
                + "'status':[{'id':'c1','name':'API','status_code':500,'containers':["
                + "{'id':'k1','name':'US-East','status':'Service Disruption','status_code':500},"
                + "{'id':'k2','name':'EU','status':'Partial Service Disruption','status_code':400}]},"
                + "{'id':'c2','name':'Web','status_code':300,'containers':[{'id':'k1','name':'US-East','status_code':300}]},"
                + "{'id':'c3','name':'Vault','status_code':600},{'id':'c4','name':'Docs','status_code':200,'containers':[]},"
                + "{'id':'c5','name':'Odd','status':'Degraded Performance','status_code':700},{'name':'no id'}],"
                + "'incidents':[{'_id':'i1','name':'API down','datetime_open':'2026-10-07T10:00:00.000Z','messages':["
                + "{'_id':'m2','details':'Fix identified.','state':200,'status':500,'datetime':'2026-10-07T10:30:00.000Z'},"
                + "{'_id':'m1','details':'Looking.','state':100,'status':400,'datetime':'2026-10-07T10:01:00.000Z'}],"
                + "'components_affected':[{'_id':'c1','name':'API'}],'containers_affected':[{'_id':'k1','name':'US-East'}]},"
                + "{'id':'i2','name':'Older','datetime_open':'2026-10-06T10:00:00.000Z','messages':null}],"
                + "'maintenance':{'active':[{'_id':'mt','name':'Docs move','datetime_planned_start':'2026-10-07T09:00:00.000Z',"
                + "'datetime_planned_end':'2026-10-07T12:00:00.000Z','components_affected':[{'_id':'c4'}]}],'upcoming':null}}}");

        assertThat(s.status()).isEqualTo(Status.MAJOR_OUTAGE);
        assertThat(s.description()).isEqualTo("Service Disruption");
        assertThat(s.components()).extracting(Component::id, Component::displayName, Component::status).containsExactly(
                tuple("c1/k1", "API / US-East", Status.MAJOR_OUTAGE), tuple("c1/k2", "API / EU", Status.PARTIAL_OUTAGE),
                tuple("c2/k1", "Web / US-East", Status.DEGRADED), tuple("c3", "Vault", Status.PARTIAL_OUTAGE),
                tuple("c4", "Docs", Status.MAINTENANCE), tuple("c5", "Odd", Status.DEGRADED));
        assertThat(s.incidents()).extracting(Incident::id).containsExactly("i1", "i2");
        Incident i = s.incidents().get(0);
        assertThat(i.status()).isEqualTo("identified");
        assertThat(i.impact()).isEqualTo(Impact.CRITICAL);
        assertThat(i.started()).isEqualTo(Instant.parse("2026-10-07T10:00:00Z"));
        assertThat(i.updated()).isEqualTo(Instant.parse("2026-10-07T10:30:00Z"));
        assertThat(i.updates()).extracting(IncidentUpdate::id, IncidentUpdate::status)
                .containsExactly(tuple("m1", "investigating"), tuple("m2", "identified"));
        assertThat(i.componentIds()).containsExactly("c1/k1");
        Incident bare = s.incidents().get(1);
        assertThat(bare.status()).isEqualTo("investigating");
        assertThat(bare.impact()).isNull();
        assertThat(bare.updated()).isEqualTo(bare.started());
        assertThat(s.maintenances()).singleElement().satisfies(m -> {
            assertThat(m.status()).isEqualTo("in_progress");
            assertThat(m.componentIds()).containsExactly("c4");
        });
        assertThat(s.watching(List.of("US-East")).status()).isEqualTo(Status.MAJOR_OUTAGE);
        assertThat(s.watching(List.of("Web")).status()).isEqualTo(Status.DEGRADED);
    }

    @Test
    void statusCodesMapInOnePlaceWithSecurityEventAsPartialOutage() {
        assertThat(List.of("100", "200", "300", "400", "500", "600")).extracting(c -> StatusioReader.status(c, null))
                .containsExactly(Status.OPERATIONAL, Status.MAINTENANCE, Status.DEGRADED, Status.PARTIAL_OUTAGE,
                        Status.MAJOR_OUTAGE, Status.PARTIAL_OUTAGE);
        assertThat(StatusioReader.status(null, "Sparkly")).isEqualTo(Status.UNKNOWN);
        assertThat(List.of("100", "200", "300", "400", "x_y", "")).extracting(StatusioEvents::phase).containsExactly(
                "investigating", "identified", "monitoring", "investigating", "x_y", "investigating");
    }

    @Test
    void unknownOverallCodeFallsBackToTheWorstComponent() throws Exception {
        Snapshot s = read("{'result':{'status_overall':{'status':null,'status_code':'?'},"
                + "'status':[{'id':'a','name':'A','status_code':300}],'incidents':'none','maintenance':[]}}");

        assertThat(s.status()).isEqualTo(Status.DEGRADED);
        assertThat(s.description()).isEqualTo("Degraded Performance");
        assertThat(s.incidents()).isEmpty();
        assertThat(s.maintenances()).isEmpty();
    }

    @Test
    void otherFormatsAreRejected() {
        for (String fixture : List.of("statuspage/summary-githubstatus-2019-05-10.json",
                "cachet/components-yoti-2020-10.json", "instatus/summary-instatus-docs-example.json")) {
            assertThatThrownBy(() -> reader.read(Fixtures.bytes(fixture), URL, NOW)).as(fixture)
                    .isInstanceOf(UnreadableException.class).hasMessage("not a Status.io status response: no result.status_overall");
        }
        assertThatThrownBy(() -> read("{'result':[]}")).isInstanceOf(UnreadableException.class);
        assertThatThrownBy(() -> read("[]")).isInstanceOf(UnreadableException.class);
        assertThatThrownBy(() -> read("{'result':{'status_overall':'Operational'}}")).isInstanceOf(UnreadableException.class);
    }

    @Test
    void endpointIsTakenAsGiven() {
        assertThat(reader.endpoint(URL)).isEqualTo(URL);
        URI api = URI.create("https://api.status.io/1.0/status/51f6f2088643809b7200000d");
        assertThat(reader.endpoint(api)).isEqualTo(api);
    }
}
