package org.statustray.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.statustray.model.Component;
import org.statustray.model.Impact;
import org.statustray.model.Incident;
import org.statustray.model.Snapshot;
import org.statustray.model.Status;
import org.statustray.testing.Fixtures;

/** Google Cloud feed rules the recorded year does not show, as the smallest payloads that have them. */
class GcpQuirksTest {
    static final URI URL = URI.create("http://127.0.0.1:8000/gcp/incidents.json");
    final GcpReader reader = new GcpReader();

    Snapshot read(String json) throws UnreadableException {
        return reader.read(json.replace('\'', '"').getBytes(StandardCharsets.UTF_8), URL, Instant.EPOCH);
    }

    static String open(String id, String impact, String severity, String products) {
        return "{'id':'" + id + "','begin':'2026-03-0" + id.length() + "T10:00:00+00:00','external_desc':'Issue " + id + "',"
                + "'status_impact':" + impact + ",'severity':" + severity + ",'affected_products':" + products + "}";
    }

    @Test
    void eachImpactWordAndSeverityMapsOnTheSameLadder() throws Exception {
        Snapshot s = read("[" + open("a", "'SERVICE_OUTAGE'", "'high'", "[{'title':'Compute','id':'gce'}]") + ","
                + open("bb", "'SERVICE_DISRUPTION'", "'medium'", "[{'title':'Old name','current_title':'Cloud SQL','id':'sql'}]") + ","
                + open("ccc", "'SERVICE_INFORMATION'", "'low'", "[{'title':'Storage','id':'gcs'},{'title':'Compute','id':'gce'}]") + ","
                + open("dddd", "null", "'high'", "[]") + "," + open("eeeee", "'SERVICE_WOBBLE'", "null", "[{'id':'x'}]") + "]");

        assertThat(s.incidents()).extracting(Incident::id, Incident::impact).containsExactly(
                tuple("eeeee", null), tuple("dddd", Impact.CRITICAL), tuple("ccc", Impact.MINOR),
                tuple("bb", Impact.MAJOR), tuple("a", Impact.CRITICAL));
        assertThat(s.components()).extracting(Component::id, Component::name, Component::status).containsExactly(
                tuple("gce", "Compute", Status.MAJOR_OUTAGE), tuple("sql", "Cloud SQL", Status.PARTIAL_OUTAGE),
                tuple("gcs", "Storage", Status.DEGRADED), tuple("x", "x", Status.DEGRADED));
        assertThat(s.status()).isEqualTo(Status.MAJOR_OUTAGE);
    }

    @Test
    void anInformationItemAloneIsDegradedNeverAnOutage() throws Exception {
        Snapshot s = read("[" + open("a", "'SERVICE_INFORMATION'", "'low'", "[]") + "]");

        assertThat(s.status()).isEqualTo(Status.DEGRADED);
        assertThat(s.components()).isEmpty();
        assertThat(s.incidents()).singleElement().satisfies(i -> {
            assertThat(i.status()).as("no update yet: the impact word").isEqualTo("service_information");
            assertThat(i.url()).isEqualTo("http://127.0.0.1:8000/gcp/incidents/a");
        });
    }

    @Test
    void endNullOrBlankIsOpenAndThePhaseFollowsTheLatestUpdate() throws Exception {
        Snapshot s = read("[{'id':'n','external_desc':'X','end':null,'uri':'https://example.test/i/n','updates':["
                + "{'when':'2026-03-01T11:00:00+00:00','status':'SERVICE_OUTAGE','text':'worse'},"
                + "{'when':'2026-03-01T10:00:00+00:00','created':'2026-03-01T10:05:00+00:00','status':'SERVICE_DISRUPTION','text':'start'}]},"
                + "{'id':'b','external_desc':'Y','end':'','most_recent_update':{'when':'2026-03-01T09:00:00Z','status':'AVAILABLE'}},"
                + "{'id':'q','external_desc':'Z'}]");

        assertThat(s.incidents()).extracting(Incident::id, Incident::status)
                .containsExactlyInAnyOrder(tuple("n", "service_outage"), tuple("b", "available"), tuple("q", "investigating"));
        Incident n = s.incidents().stream().filter(i -> i.id().equals("n")).findFirst().orElseThrow();
        assertThat(n.started()).as("no begin: the first update").isEqualTo(Instant.parse("2026-03-01T10:00:00Z"));
        assertThat(n.updates()).extracting(u -> u.body()).containsExactly("start", "worse");
        assertThat(n.updates().get(0).postedAt()).isEqualTo(Instant.parse("2026-03-01T10:05:00Z"));
        assertThat(n.url()).as("absolute uri kept").isEqualTo("https://example.test/i/n");
        assertThat(s.status()).as("incidents without impact count as degraded").isEqualTo(Status.DEGRADED);
    }

    @Test
    void nullsAndWrongTypesInsideAnIncidentReadAsAbsent() throws Exception {
        Snapshot s = read("[{'id':7,'external_desc':['x'],'begin':42,'end':{'a':1},'status_impact':'SERVICE_OUTAGE',"
                + "'updates':'none','affected_products':[null,'gce',{'title':null,'id':null},{'current_title':'Run'}],"
                + "'uri':'bad uri with spaces'},1,'two',null]");

        assertThat(s.incidents()).singleElement().satisfies(i -> {
            assertThat(i.id()).isEqualTo("7");
            assertThat(i.title()).isEqualTo("Untitled incident");
            assertThat(i.started()).isNull();
            assertThat(i.updates()).isEmpty();
            assertThat(i.url()).isNull();
        });
        assertThat(s.components()).extracting(Component::id, Component::status).containsExactly(tuple("Run", Status.MAJOR_OUTAGE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"statuspage/summary-githubstatus-2019-05-10.json",
        "statuspage/incidents-githubstatus-2024-09-17-trimmed.json", "incidentio/widget-summary-neon-docs-example.json",
        "slack/current-v2-ok-docs-example.json", "slack/history-v2-slack-2019-08.json"})
    void otherFormatsAreNotAGoogleFeed(String fixture) {
        assertThatThrownBy(() -> reader.read(Fixtures.bytes(fixture), URL, Instant.EPOCH))
                .isInstanceOf(UnreadableException.class).hasMessageStartingWith("not a Google Cloud incidents feed");
        assertThatThrownBy(() -> reader.readHistory(Fixtures.bytes(fixture), URL))
                .isInstanceOf(UnreadableException.class).hasMessageStartingWith("not a Google Cloud incidents feed");
    }

    @ParameterizedTest
    @ValueSource(strings = {"[]", "{}", "[1,2]", "[{}]", "[{'id':'x','begin':'2026-01-01T00:00:00Z','service_name':'S'}]", "'x'"})
    void wrongShapesAreNotAGoogleFeed(String body) {
        assertThatThrownBy(() -> read(body)).isInstanceOf(UnreadableException.class)
                .hasMessageStartingWith("not a Google Cloud incidents feed");
    }

    @Test
    void anEmptyHistoryIsJustEmpty() throws Exception {
        assertThat(reader.readHistory("[]".getBytes(StandardCharsets.UTF_8), URL).incidents()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "<!doctype html><title>Google</title>", "[{'id':'x','external_desc':'cut", "\uFEFF"})
    void notJsonIsUnreadableWithOneLine(String body) {
        assertThatThrownBy(() -> read(body)).isInstanceOf(UnreadableException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n").isNotBlank());
    }
}
