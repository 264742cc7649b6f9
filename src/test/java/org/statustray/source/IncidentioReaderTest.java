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
import org.statustray.model.Snapshot;
import org.statustray.model.Status;
import org.statustray.testing.Fixtures;

class IncidentioReaderTest {
    static final URI URL = URI.create("https://neonstatus.com/aws-europe-frankfurt/api/v1/summary");
    final IncidentioReader reader = new IncidentioReader();

    Snapshot read(String json) throws UnreadableException {
        return reader.read(json.replace('\'', '"').getBytes(StandardCharsets.UTF_8), URL, Instant.EPOCH);
    }

    @Test
    void itsHistoryIsTheStatuspageCompatibleIncidentsListUnderTheSamePrefix() throws Exception {
        assertThat(reader.historyEndpoint(URL))
                .isEqualTo(URI.create("https://neonstatus.com/aws-europe-frankfurt/api/v2/incidents.json"));
        assertThat(reader.historyEndpoint(URI.create("https://status.openai.com")))
                .isEqualTo(URI.create("https://status.openai.com/api/v2/incidents.json"));
        assertThat(reader.readHistory(Fixtures.bytes("statuspage/incidents-githubstatus-2024-09-17-trimmed.json"),
                URI.create("https://www.githubstatus.com/api/v2/incidents.json")).incidents())
                .extracting(i -> i.id()).containsExactly("69sb0f8lydp4", "r3x7x31k7nn1");
    }

    @Test
    void nothingOngoingIsOperational() throws Exception {
        Snapshot s = reader.read(Fixtures.bytes("incidentio/widget-summary-neon-docs-example.json"), URL, Instant.EPOCH);

        assertThat(s.service()).isEqualTo("AWS - Europe (Frankfurt) - eu-central-1");
        assertThat(s.format()).isEqualTo("incidentio");
        assertThat(s.status()).isEqualTo(Status.OPERATIONAL);
        assertThat(s.components()).isEmpty();
        assertThat(s.componentsComplete()).isFalse();
        assertThat(s.incidents()).isEmpty();
        assertThat(s.maintenances()).isEmpty();
    }

    @Test
    void ongoingIncidentWithFullOutageAndGroupedComponents() throws Exception {
        Snapshot s = read("{'page_title':'Acme','page_url':'https://status.acme.test','ongoing_incidents':[{"
                + "'id':'01HX','name':'API errors','status':'identified','url':'https://status.acme.test/incidents/01HX',"
                + "'current_worst_impact':'full_outage','last_update_at':'2026-10-07T10:05:00.123456Z',"
                + "'last_update_message':'We found the <b>cause</b>.','affected_components':["
                + "{'id':'c1','name':'API','group_name':'Platform','current_status':'full_outage'},"
                + "{'id':'c2','name':'Dashboard','current_status':'degraded_performance'}]}],"
                + "'in_progress_maintenances':[{'id':'m1','name':'DB upgrade','status':'maintenance_in_progress',"
                + "'started_at':'2026-10-07T09:00:00Z','scheduled_end_at':'2026-10-07T11:00:00Z',"
                + "'affected_components':[{'id':'c3','name':'Reports'}]}],"
                + "'scheduled_maintenances':[{'id':'m2','name':'Later','status':'maintenance_scheduled',"
                + "'starts_at':'2026-10-09T09:00:00Z','ends_at':'2026-10-09T10:00:00Z','affected_components':[{'id':'c4','name':'X'}]}]}");

        assertThat(s.status()).isEqualTo(Status.MAJOR_OUTAGE);
        assertThat(s.components()).extracting(Component::id, Component::displayName, Component::status).containsExactly(
                tuple("c1", "Platform / API", Status.MAJOR_OUTAGE), tuple("c2", "Dashboard", Status.DEGRADED),
                tuple("c3", "Reports", Status.MAINTENANCE));
        assertThat(s.incidents()).singleElement().satisfies(i -> {
            assertThat(i.status()).isEqualTo("identified");
            assertThat(i.impact()).isEqualTo(Impact.CRITICAL);
            assertThat(i.updated()).isEqualTo(Instant.parse("2026-10-07T10:05:00.123456Z"));
            assertThat(i.latestUpdate().body()).isEqualTo("We found the <b>cause</b>.");
            assertThat(i.componentIds()).containsExactly("c1", "c2");
        });
        assertThat(s.maintenances()).extracting(m -> m.id() + ":" + m.status())
                .containsExactly("m1:in_progress", "m2:scheduled");
        assertThat(s.watching(List.of("Dashboard")).status()).isEqualTo(Status.DEGRADED);
        assertThat(s.watching(List.of("X")).status()).as("scheduled only: not affected yet").isEqualTo(Status.OPERATIONAL);
    }

    @Test
    void maintenanceOnlyIsMaintenanceAndMissingImpactIsDegraded() throws Exception {
        assertThat(read("{'page_title':'A','ongoing_incidents':[],'in_progress_maintenances':[{'id':'m','name':'M'}]}")
                .status()).isEqualTo(Status.MAINTENANCE);
        assertThat(read("{'page_title':'A','ongoing_incidents':[{'id':'i','name':'I'}]}").status())
                .isEqualTo(Status.DEGRADED);
        assertThat(read("{'page_title':'A','ongoing_incidents':null,'in_progress_maintenances':null}").status())
                .isEqualTo(Status.OPERATIONAL);
    }

    @Test
    void anItemWithNeitherIdNorUrlGetsAStableStandInId() throws Exception {
        String json = "{'ongoing_incidents':[{'name':'API slow','started_at':'2024-06-01T10:00:00Z'}],"
                + "'in_progress_maintenances':[{'page_title':''}],'scheduled_maintenances':[]}";

        Snapshot s = read(json);

        assertThat(s.incidents().get(0).id()).startsWith("incidentio-").isEqualTo(read(json).incidents().get(0).id());
        assertThat(s.maintenances().get(0).id()).startsWith("incidentio-").isNotEqualTo(s.incidents().get(0).id());
    }

    @Test
    void aStatuspageSummaryIsNotAWidgetSummaryAndViceVersa() {
        assertThatThrownBy(() -> reader.read(Fixtures.bytes("statuspage/summary-githubstatus-2019-05-10.json"), URL, Instant.EPOCH))
                .isInstanceOf(UnreadableException.class).hasMessageContaining("not an incident.io widget summary");
        assertThatThrownBy(() -> new StatuspageReader().read(
                Fixtures.bytes("incidentio/widget-summary-neon-docs-example.json"), URL, Instant.EPOCH))
                .isInstanceOf(UnreadableException.class).hasMessageContaining("not a Statuspage API response");
    }

    @Test
    void endpointKeepsThePagePath() {
        assertThat(reader.endpoint(URI.create("https://neonstatus.com/aws-europe-frankfurt")))
                .hasToString("https://neonstatus.com/aws-europe-frankfurt/api/v1/summary");
        assertThat(reader.endpoint(URL)).isEqualTo(URL);
    }
}
