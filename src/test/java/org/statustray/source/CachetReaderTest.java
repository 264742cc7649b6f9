package org.statustray.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.statustray.model.Component;
import org.statustray.model.History;
import org.statustray.model.Incident;
import org.statustray.model.IncidentUpdate;
import org.statustray.model.Maintenance;
import org.statustray.model.Snapshot;
import org.statustray.model.Status;
import org.statustray.testing.Fixtures;

/** The Cachet reader on Yoti's components, with synthetic incidents, groups and schedules beside them. */
class CachetReaderTest {
    static final URI URL = URI.create("https://status.yoti.com/api/v1/components?per_page=100");
    static final Instant NOW = Instant.parse("2020-10-12T12:00:00Z");
    static final byte[] YOTI = Fixtures.bytes("cachet/components-yoti-2020-10.json");
    static final String GROUPS = "{'meta':{'pagination':{'total':2,'count':2}},'data':[{'id':1,'name':'Global'},{'id':2,'name':'Canada'}]}";
    final CachetReader reader = new CachetReader();

    static byte[] json(String s) {
        return s == null ? null : s.replace('\'', '"').getBytes(StandardCharsets.UTF_8);
    }

    Snapshot read(byte[] components, String incidents, String groups, String schedules) throws UnreadableException {
        return reader.read(components, Arrays.asList(json(incidents), json(groups), json(schedules)), URL, NOW);
    }

    @Test
    void yotiComponentsAloneAreAllOperationalAndTheTwinNamesKeepTheirIds() throws Exception {
        Snapshot s = reader.read(YOTI, URL, NOW);

        assertThat(s.format()).isEqualTo("cachet");
        assertThat(s.service()).isEqualTo("status.yoti.com");
        assertThat(s.status()).isEqualTo(Status.OPERATIONAL);
        assertThat(s.description()).isEqualTo("All Systems Operational");
        assertThat(s.componentsComplete()).as("total 7 = count 7").isTrue();
        assertThat(s.components()).extracting(Component::id).containsExactly("1", "2", "3", "9", "6", "5", "4");
        assertThat(s.components()).allMatch(c -> c.status() == Status.OPERATIONAL && c.group() == null);
        assertThat(s.matching("Yoti Doc Scan")).extracting(Component::id).containsExactly("9", "6");
        assertThat(s.incidents()).isEmpty();
        assertThat(s.maintenances()).isEmpty();
    }

    @Test
    void groupNamesComeFromTheGroupsEndpointWhenItAnswers() throws Exception {
        Snapshot s = read(YOTI, null, GROUPS, "<html>gone</html>");

        assertThat(s.components()).filteredOn(c -> c.name().equals("Yoti Doc Scan"))
                .extracting(Component::id, Component::displayName)
                .containsExactly(tuple("9", "Canada / Yoti Doc Scan"), tuple("6", "Global / Yoti Doc Scan"));
        assertThat(s.matching("Canada / Yoti Doc Scan")).extracting(Component::id).containsExactly("9");
        assertThat(s.maintenances()).as("schedules endpoint failed: nothing from it").isEmpty();
    }

    @Test
    void activeIncidentsWithUpdatesScheduledIncidentsAndSchedules() throws Exception {
        String incidents = "{'meta':{'pagination':{'total':5}},'data':["
                + "{'id':12,'component_id':2,'name':'Age Scan slow','status':2,'human_status':'Identified','visible':1,"
                + "'message':'We are **looking**.','occurred_at':'2020-10-12 10:00:00','created_at':'2020-10-12 10:01:00',"
                + "'updated_at':'2020-10-12 11:00:00','permalink':'https://status.yoti.com/incidents/12','is_resolved':false,"
                + "'updates':[{'id':31,'status':3,'message':'Fix deployed.','created_at':'2020-10-12 11:00:00','human_status':'Watching'},"
                + "{'id':30,'status':2,'message':'Found it.','created_at':'2020-10-12 10:30:00'}]},"
                + "{'id':11,'component_id':0,'name':'Old','status':4,'visible':true,'message':'Done','created_at':'2020-10-11 09:00:00'},"
                + "{'id':10,'name':'Hidden','status':1,'visible':0,'message':'x'},"
                + "{'id':9,'name':'DB upgrade','status':0,'visible':1,'message':'Planned','scheduled_at':'2020-10-20 22:00:00'},"
                + "{'id':8,'name':'Past window','status':0,'visible':1,'scheduled_at':'2020-10-01 22:00:00'},"
                + "{'id':7,'name':'Latest says fixed','status':1,'is_resolved':true,'visible':1}]}";
        String schedules = "{'meta':{},'data':["
                + "{'id':3,'name':'Network work','status':0,'scheduled_at':'2020-10-12 11:30:00','completed_at':null,"
                + "'components':[{'component_id':4,'component_status':1}]},"
                + "{'id':4,'name':'Later','status':0,'scheduled_at':'2020-10-30 11:30:00'},"
                + "{'id':5,'name':'Done','status':2,'scheduled_at':'2020-10-01 11:30:00','completed_at':'2020-10-01 12:30:00'}]}";

        Snapshot s = read(YOTI, incidents, GROUPS, schedules);

        assertThat(s.status()).as("every component operational").isEqualTo(Status.OPERATIONAL);
        assertThat(s.incidents()).singleElement().satisfies(i -> {
            assertThat(i.id()).isEqualTo("12");
            assertThat(i.status()).as("the newest update's Watching").isEqualTo("monitoring");
            assertThat(i.impact()).isNull();
            assertThat(i.started()).as("naive time read as UTC").isEqualTo(Instant.parse("2020-10-12T10:00:00Z"));
            assertThat(i.updated()).isEqualTo(Instant.parse("2020-10-12T11:00:00Z"));
            assertThat(i.url()).isEqualTo("https://status.yoti.com/incidents/12");
            assertThat(i.componentIds()).containsExactly("2");
            assertThat(i.updates()).extracting(IncidentUpdate::id, IncidentUpdate::status, IncidentUpdate::body).containsExactly(
                    tuple(null, null, "We are **looking**."), tuple("30", "identified", "Found it."),
                    tuple("31", "monitoring", "Fix deployed."));
        });
        assertThat(s.maintenances()).extracting(Maintenance::id, Maintenance::status, Maintenance::url).containsExactly(
                tuple("3", "in_progress", "https://status.yoti.com/schedules/3"),
                tuple("9", "scheduled", "https://status.yoti.com/incidents/9"),
                tuple("4", "scheduled", "https://status.yoti.com/schedules/4"));
        assertThat(s.maintenances().get(0).componentIds()).containsExactly("4");
        assertThat(s.maintenances().get(1).starts()).isEqualTo(Instant.parse("2020-10-20T22:00:00Z"));
    }

    @Test
    void componentStatusesMapInOnePlaceAndTheWorstIsTheOverallStatus() throws Exception {
        Snapshot s = read(json("{'meta':{'pagination':{'total':30,'count':5}},'data':["
                + "{'id':1,'name':'A','status':2},{'id':2,'name':'B','status':'3','enabled':1},"
                + "{'id':3,'name':'C','status':0},{'id':4,'name':'D','status':7,'status_name':'Major Outage'},"
                + "{'id':5,'name':'E','status':4,'enabled':false},{'id':6,'name':'F','status':4,'deleted_at':'2020-01-01 00:00:00'}]}"),
                "{'meta':{},'data':[{'id':1,'name':'I','status':1,'message':'m','created_at':'2020-10-12 09:00:00'}]}", null, null);

        assertThat(s.components()).extracting(Component::id, Component::status).containsExactly(
                tuple("1", Status.DEGRADED), tuple("2", Status.PARTIAL_OUTAGE), tuple("3", Status.UNKNOWN),
                tuple("4", Status.MAJOR_OUTAGE));
        assertThat(s.status()).isEqualTo(Status.MAJOR_OUTAGE);
        assertThat(s.componentsComplete()).as("30 components, 5 on this page").isFalse();
        assertThat(s.incidents()).singleElement().satisfies(i -> assertThat(i.updates())
                .extracting(IncidentUpdate::status).as("its only post carries its phase").containsExactly("investigating"));
        assertThat(CachetEvents.phase("9", "Looking Around")).isEqualTo("looking_around");
        assertThat(CachetEvents.phase(null, null)).isEqualTo("investigating");
    }

    @Test
    void historyListsEveryVisibleIncidentIncludingFixedOnes() throws Exception {
        History h = reader.readHistory(json("{'meta':{},'data':[{'id':2,'name':'Fixed','status':4,'visible':1,"
                + "'created_at':'2020-10-11 09:00:00','updated_at':'2020-10-11 10:00:00'},"
                + "{'id':1,'name':'Plan','status':0,'scheduled_at':'2020-10-01 09:00:00'}]}"), URL);

        assertThat(h.incidents()).singleElement().satisfies(i -> {
            assertThat(i.status()).isEqualTo("resolved");
            assertThat(i.resolved()).isEqualTo(Instant.parse("2020-10-11T10:00:00Z"));
        });
        assertThat(h.maintenances()).extracting(Maintenance::title).containsExactly("Plan");
    }

    @Test
    void otherFormatsAreRejected() {
        for (String fixture : List.of("statuspage/summary-githubstatus-2019-05-10.json",
                "statusio/status-docs-example-operational.json", "instatus/summary-instatus-docs-example.json")) {
            assertThatThrownBy(() -> reader.read(Fixtures.bytes(fixture), URL, NOW)).as(fixture)
                    .isInstanceOf(UnreadableException.class).hasMessageStartingWith("not a Cachet API response");
        }
        assertThatThrownBy(() -> read(json(GROUPS), null, null, null)).as("groups have no status")
                .isInstanceOf(UnreadableException.class).hasMessageContaining("numeric status");
        assertThatThrownBy(() -> read(json("{'meta':{},'data':[{'name':'x','status':'operational'}]}"), null, null, null))
                .isInstanceOf(UnreadableException.class);
        assertThatThrownBy(() -> read(json("[]"), null, null, null)).isInstanceOf(UnreadableException.class);
    }

    @Test
    void endpointsHangOffThePageRoot() {
        URI root = URI.create("https://status.yoti.com");
        assertThat(reader.endpoint(root)).hasToString("https://status.yoti.com/api/v1/components?per_page=100");
        URI given = URI.create("https://status.yoti.com/api/v1/components");
        assertThat(reader.endpoint(given)).isEqualTo(given);
        List<String> extras = List.of("https://status.yoti.com/api/v1/incidents?sort=id&order=desc&per_page=50",
                "https://status.yoti.com/api/v1/components/groups?per_page=100",
                "https://status.yoti.com/api/v1/schedules?per_page=50");
        assertThat(reader.extraEndpoints(root)).extracting(URI::toString).isEqualTo(extras);
        assertThat(reader.extraEndpoints(given)).extracting(URI::toString).isEqualTo(extras);
        assertThat(reader.extraEndpoints(URI.create("http://127.0.0.1:8000/cachet/api/v1/components")).get(0))
                .hasToString("http://127.0.0.1:8000/cachet/api/v1/incidents?sort=id&order=desc&per_page=50");
        assertThat(reader.historyEndpoint(root)).hasToString(extras.get(0));
    }
}
