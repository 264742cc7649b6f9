package org.statustray.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.time.Instant;
import java.util.Comparator;
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

/** The Google Cloud reader on a year of status.cloud.google.com/incidents.json (157 incidents, all ended). */
class GcpReaderTest {
    static final String FIXTURE = "gcp/incidents-gcp-2022-07-01.json";
    static final URI URL = URI.create("https://status.cloud.google.com/incidents.json");
    static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    static final ObjectMapper MAPPER = new ObjectMapper();
    final GcpReader reader = new GcpReader();

    @Test
    void aYearOfEndedIncidentsIsOperationalWithNothingActive() throws Exception {
        Snapshot s = reader.read(Fixtures.bytes(FIXTURE), URL, NOW);

        assertThat(s.format()).isEqualTo("gcp");
        assertThat(s.service()).isEqualTo("Google Cloud");
        assertThat(s.status()).isEqualTo(Status.OPERATIONAL);
        assertThat(s.description()).isEqualTo("All Systems Operational");
        assertThat(s.incidents()).isEmpty();
        assertThat(s.components()).isEmpty();
        assertThat(s.componentsComplete()).isFalse();
        assertThat(s.maintenances()).isEmpty();
    }

    @Test
    void historyHoldsEveryIncidentWithItsImpactFromStatusImpact() throws Exception {
        History h = reader.readHistory(Fixtures.bytes(FIXTURE), URL);

        assertThat(h.incidents()).hasSize(157).noneMatch(Incident::isActive)
                .allMatch(i -> i.status().equals("resolved") && i.resolved() != null);
        assertThat(h.maintenances()).isEmpty();
        assertThat(h.incidents()).filteredOn(i -> i.impact() == Impact.MAJOR).as("SERVICE_DISRUPTION").hasSize(118);
        assertThat(h.incidents()).filteredOn(i -> i.impact() == Impact.CRITICAL).as("SERVICE_OUTAGE").hasSize(20);
        assertThat(h.incidents()).filteredOn(i -> i.impact() == Impact.MINOR).as("SERVICE_INFORMATION").hasSize(19);
        assertThat(h.incidents()).extracting(Incident::started).as("newest first, as Google lists them")
                .isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(h.incidents()).flatExtracting(Incident::updates).hasSize(770);
        assertThat(h.incidents()).allSatisfy(i -> assertThat(i.updates()).extracting(IncidentUpdate::at).isSorted());
        assertThat(h.incidents()).allMatch(i -> i.url().startsWith("https://status.cloud.google.com/incidents/"));
        assertThat(h.incidents().get(156).started()).isEqualTo(Instant.parse("2021-07-07T21:25:00Z"));
    }

    @Test
    void historyIncidentCarriesUpdatesOldestFirstProductsAndAnAbsoluteLink() throws Exception {
        Incident first = reader.readHistory(Fixtures.bytes(FIXTURE), URL).incidents().get(0);

        assertThat(first.id()).isEqualTo("TaA75H7XA1DQyM2ReK2f");
        assertThat(first.title()).isEqualTo("[Google BigQuery] Lower throughput from the Read API");
        assertThat(first.impact()).isEqualTo(Impact.MINOR);
        assertThat(first.started()).isEqualTo(Instant.parse("2022-07-01T13:37:44Z")); // +00:00, no Z
        assertThat(first.resolved()).isEqualTo(Instant.parse("2022-07-01T19:25:45Z"));
        assertThat(first.updated()).isEqualTo(Instant.parse("2022-07-01T19:25:45Z"));
        assertThat(first.url()).isEqualTo("https://status.cloud.google.com/incidents/TaA75H7XA1DQyM2ReK2f");
        assertThat(first.componentIds()).containsExactly("9CcrhHUcFevXPSVaSxkf");
        assertThat(first.updates()).extracting(IncidentUpdate::status).containsExactly("service_information",
                "service_information", "service_information", "service_information", "available");
        assertThat(first.updates().get(0).at()).isEqualTo(Instant.parse("2022-07-01T14:04:53Z"));
        assertThat(first.updates().get(0).body()).startsWith("Summary: [Google BigQuery] Lower throughput from the Read API\n");
        assertThat(first.latestUpdate().body()).startsWith("The issue with Google BigQuery has been resolved");
    }

    @Test
    void anEndedIncidentIsResolvedEvenWithoutAClosingUpdate() throws Exception {
        History h = reader.readHistory(Fixtures.bytes(FIXTURE), URL);

        Incident noClosingPost = h.incidents().get(137);
        assertThat(noClosingPost.id()).isEqualTo("NJJp8jkNzFStMyiJZWWD");
        assertThat(noClosingPost.updates()).extracting(IncidentUpdate::status).containsExactly("service_disruption");
        assertThat(noClosingPost.status()).isEqualTo("resolved");
        assertThat(noClosingPost.resolved()).isEqualTo(Instant.parse("2021-08-24T03:41:13Z"));
        Incident escalated = h.incidents().get(32);
        assertThat(escalated.id()).isEqualTo("Gt6njQyniuxXViQULV2T");
        assertThat(escalated.impact()).as("status_impact is the incident's worst, after escalation").isEqualTo(Impact.CRITICAL);
    }

    /** Real incident objects with their end dropped: an information item still posting, and one back to AVAILABLE. */
    @Test
    void openIncidentsGiveProductComponentsWithTheWorstImpliedStatus() throws Exception {
        ArrayNode all = (ArrayNode) MAPPER.readTree(Fixtures.bytes(FIXTURE));
        ObjectNode information = (ObjectNode) all.get(0).deepCopy();
        information.remove("end");
        ((ArrayNode) information.get("updates")).remove(0); // the AVAILABLE post not written yet
        information.set("most_recent_update", information.get("updates").get(0));
        ObjectNode multiple = (ObjectNode) all.get(140).deepCopy();
        multiple.remove("end");
        ArrayNode payload = MAPPER.createArrayNode().add(information).add(all.get(137)).add(multiple);

        Snapshot s = reader.read(MAPPER.writeValueAsBytes(payload), URL, NOW);

        assertThat(s.incidents()).extracting(Incident::id, Incident::status, Incident::impact).containsExactly(
                tuple("TaA75H7XA1DQyM2ReK2f", "service_information", Impact.MINOR),
                tuple("8DhiwfKvD987f5tJrj1G", "available", Impact.MAJOR));
        assertThat(s.incidents()).allMatch(i -> i.resolved() == null && i.isActive());
        assertThat(s.incidents().get(0).updated()).isEqualTo(Instant.parse("2022-07-01T17:48:07Z"));
        assertThat(s.incidents().get(1).componentIds()).hasSize(23);
        assertThat(s.components()).hasSize(23).allMatch(c -> c.group() == null)
                .extracting(Component::id, Component::name, Component::status).contains(
                        tuple("9CcrhHUcFevXPSVaSxkf", "Google BigQuery", Status.PARTIAL_OUTAGE),
                        tuple("uoypgc4GWUyzAKRHPjEv", "Google Cloud Infrastructure Components", Status.PARTIAL_OUTAGE));
        assertThat(s.status()).isEqualTo(Status.PARTIAL_OUTAGE);
        assertThat(s.watching(List.of("Cloud NAT")).status()).isEqualTo(Status.PARTIAL_OUTAGE);
    }

    @Test
    void endpointAcceptsThePageRootAndTheFeedUrl() {
        assertThat(reader.endpoint(URI.create("https://status.cloud.google.com"))).isEqualTo(URL);
        assertThat(reader.endpoint(URI.create("https://status.cloud.google.com/"))).isEqualTo(URL);
        assertThat(reader.endpoint(URL)).isEqualTo(URL);
        assertThat(reader.endpoint(URI.create("https://status.cloud.google.com/products.json"))).isEqualTo(URL);
        assertThat(reader.endpoint(URI.create("http://127.0.0.1:8000/gcp/")))
                .hasToString("http://127.0.0.1:8000/gcp/incidents.json");
        assertThat(reader.historyEndpoint(URI.create("https://status.cloud.google.com"))).isEqualTo(URL);
    }

    /** A recorded list trimmed by its source to one ended incident with no update list: history, not trouble. */
    @Test
    void aRecordedEndedIncidentWithoutUpdatesIsHistory() throws Exception {
        byte[] body = Fixtures.bytes("gcp/incidents-ai-status-2026-02-27-trimmed.json");
        Snapshot s = reader.read(body, URL, NOW);
        assertThat(s.status()).isEqualTo(Status.OPERATIONAL);
        assertThat(s.incidents()).isEmpty();
        assertThat(s.components()).isEmpty();
        Incident ended = reader.readHistory(body, URL).incidents().get(0);
        assertThat(ended.status()).isEqualTo("resolved");
        assertThat(ended.resolved()).isEqualTo(Instant.parse("2026-02-27T14:35:00Z"));
        assertThat(ended.componentIds()).hasSize(4);
    }
}
