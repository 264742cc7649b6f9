package org.statustray.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.statustray.model.Impact;
import org.statustray.model.Incident;
import org.statustray.model.Maintenance;
import org.statustray.model.Snapshot;
import org.statustray.model.Status;
import org.statustray.source.time.JsDates;
import org.statustray.testing.Fixtures;

/** The Instatus reader on the documented summary.json, plus the page words and dates it does not show. */
class InstatusReaderTest {
    static final URI URL = URI.create("https://instat.us/summary.json");
    static final Instant NOW = Instant.parse("2022-06-11T19:00:00Z");
    final InstatusReader reader = new InstatusReader();

    Snapshot read(String json) throws UnreadableException {
        return reader.read(json.replace('\'', '"').getBytes(StandardCharsets.UTF_8), URL, NOW);
    }

    @Test
    void documentedExampleHasAMajorOutageIncidentAndAnUpcomingMaintenance() throws Exception {
        Snapshot s = reader.read(Fixtures.bytes("instatus/summary-instatus-docs-example.json"), URL, NOW);

        assertThat(s.format()).isEqualTo("instatus");
        assertThat(s.service()).isEqualTo("Instatus");
        assertThat(s.status()).as("HASISSUES graded by the MAJOROUTAGE incident").isEqualTo(Status.MAJOR_OUTAGE);
        assertThat(s.description()).isEqualTo("Major Outage");
        assertThat(s.components()).isEmpty();
        assertThat(s.componentsComplete()).isFalse();
        assertThat(s.incidents()).singleElement().satisfies(i -> {
            assertThat(i.id()).isEqualTo("https://testing-widget.instatus.com/incident/cl4a8n3070721qtmzvts760c4");
            assertThat(i.url()).isEqualTo(i.id());
            assertThat(i.title()).isEqualTo("We're facing an issue with our API");
            assertThat(i.status()).isEqualTo("investigating");
            assertThat(i.impact()).isEqualTo(Impact.CRITICAL);
            assertThat(i.started()).isEqualTo(Instant.parse("2022-06-11T18:55:50Z"));
            assertThat(i.updated()).isEqualTo(i.started());
            assertThat(i.updates()).isEmpty();
        });
        assertThat(s.maintenances()).singleElement().satisfies(m -> {
            assertThat(m.id()).isEqualTo("https://testing-widget.instatus.com/maintenance/cl4a8nlv50918qtmzdlw60ivu");
            assertThat(m.title()).isEqualTo("Database maintenance");
            assertThat(m.status()).isEqualTo("scheduled");
            assertThat(m.starts()).isEqualTo(Instant.parse("2022-06-11T18:55:54Z"));
            assertThat(m.ends()).as("start + 60 minutes").isEqualTo(Instant.parse("2022-06-11T19:55:54Z"));
        });
    }

    @Test
    void pageWordsAndImpactsGradeTheOverallStatus() throws Exception {
        assertThat(read("{'page':{'name':'W','url':'https://status.wistia.com','status':'UP'}}").status())
                .as("the live shape leaves the arrays out when empty").isEqualTo(Status.OPERATIONAL);
        assertThat(read("{'page':{'status':'UNDERMAINTENANCE'},'activeMaintenances':[{'name':'M','status':'INPROGRESS',"
                + "'start':'2022-06-11T18:00:00.000Z','duration':30}]}").status()).isEqualTo(Status.MAINTENANCE);
        assertThat(read("{'page':{'status':'HASISSUES'}}").status()).as("issues, but none listed").isEqualTo(Status.DEGRADED);
        assertThat(read("{'page':{'status':'HASISSUES'},'activeIncidents':[{'name':'a','impact':'PARTIALOUTAGE'},"
                + "{'name':'b','impact':'MINOROUTAGE'},{'name':'c','impact':'OPERATIONAL','status':'MONITORING'}]}").status())
                .isEqualTo(Status.PARTIAL_OUTAGE);
        Snapshot odd = read("{'page':{'status':'HASISSUES'},'activeIncidents':[{'name':'x','impact':'SPARKLY',"
                + "'status':'RESOLVED','started':'soon'},{'name':'y','status':'NEWWORD','impact':null}]}");
        assertThat(odd.status()).isEqualTo(Status.DEGRADED);
        assertThat(odd.incidents()).extracting(Incident::title, Incident::status, Incident::impact)
                .containsExactly(tuple("y", "newword", null));
        assertThat(odd.incidents().get(0).id()).startsWith("instatus-");
        assertThat(odd.service()).as("no page name").isEqualTo("instat.us");
    }

    @Test
    void newerPayloadsWithIdsIsoDatesAndCompletedMaintenances() throws Exception {
        Snapshot s = read("{'page':{'name':'P','status':'HASISSUES'},'activeIncidents':[{'id':'cm1','name':'Slow',"
                + "'started':'2022-06-11T18:55:50Z','updatedAt':'2022-06-11T19:10:00Z','status':'IDENTIFIED',"
                + "'impact':'DEGRADEDPERFORMANCE','url':'https://p.test/incident/cm1'}],'activeMaintenances':["
                + "{'id':'m1','name':'Now','start':'Sat Jun 11 2022 11:00:00 GMT-0700 (Pacific Daylight Time)','status':'INPROGRESS','duration':'90'},"
                + "{'id':'m2','name':'Done','start':'2022-06-10T10:00:00Z','status':'COMPLETED','duration':'x'}]}");

        assertThat(s.status()).isEqualTo(Status.DEGRADED);
        assertThat(s.incidents()).extracting(Incident::id, Incident::status, Incident::impact, Incident::updated)
                .containsExactly(tuple("cm1", "identified", Impact.MINOR, Instant.parse("2022-06-11T19:10:00Z")));
        assertThat(s.maintenances()).extracting(Maintenance::id, Maintenance::status, Maintenance::starts, Maintenance::ends)
                .containsExactly(tuple("m1", "in_progress", Instant.parse("2022-06-11T18:00:00Z"),
                        Instant.parse("2022-06-11T19:30:00Z")));
    }

    @Test
    void wordsMapInOnePlace() {
        assertThat(List.of("OPERATIONAL", "UNDERMAINTENANCE", "DEGRADEDPERFORMANCE", "PARTIALOUTAGE", "MINOROUTAGE",
                "MAJOROUTAGE", "major_outage")).extracting(InstatusReader::status).containsExactly(Status.OPERATIONAL,
                Status.MAINTENANCE, Status.DEGRADED, Status.PARTIAL_OUTAGE, Status.DEGRADED, Status.MAJOR_OUTAGE,
                Status.MAJOR_OUTAGE);
        assertThat(List.of("NOTSTARTEDYET", "INPROGRESS", "COMPLETED", "PAUSED")).extracting(InstatusReader::maintenancePhase)
                .containsExactly("scheduled", "in_progress", "completed", "paused");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Sat Jun 11 2022 18:55:50 GMT+0000 (Coordinated Universal Time)|2022-06-11T18:55:50Z",
        "Sat Jun 11 2022 11:55:50 GMT-0700 (Pacific Daylight Time)|2022-06-11T18:55:50Z",
        "Sun Jun 12 2022 00:25:50 GMT+0530 (India Standard Time)|2022-06-11T18:55:50Z",
        "Sat Jun 11 2022 20:55:50 GMT+02:00|2022-06-11T18:55:50Z",
        "Jun 11 2022 18:55:50 GMT|2022-06-11T18:55:50Z",
        "Sat Jun 11 2022 18:55:50.123 GMT+0000|2022-06-11T18:55:50.123Z",
        "2022-06-11T18:55:50.000Z|2022-06-11T18:55:50Z",
        "2022-06-11T20:55:50+02:00|2022-06-11T18:55:50Z",
        "Sat, 11 Jun 2022 18:55:50 GMT|2022-06-11T18:55:50Z"})
    void javascriptDateStringsAndIsoText(String text, String expected) {
        assertThat(JsDates.parse(text)).isEqualTo(Instant.parse(expected));
    }

    @Test
    void unreadableDatesAreNull() {
        assertThat(JsDates.parse("Sat Foo 11 2022 18:55:50 GMT+0000")).isNull();
        assertThat(JsDates.parse("Mon Feb 30 2022 18:55:50 GMT+0000")).isNull();
        assertThat(JsDates.parse("Sat Jun 11 2022 18:55:50 GMT+9900")).isNull();
        assertThat(JsDates.parse("yesterday")).isNull();
        assertThat(JsDates.parse(" ")).isNull();
        assertThat(JsDates.parse(null)).isNull();
    }

    @Test
    void otherFormatsAreRejected() {
        for (String fixture : List.of("statuspage/summary-githubstatus-2019-05-10.json",
                "statuspage/status-githubstatus-2019-05-09.json", "cachet/components-yoti-2020-10.json",
                "statusio/status-gitlab-2023-06-29-upcoming-maintenance.json")) {
            assertThatThrownBy(() -> reader.read(Fixtures.bytes(fixture), URL, NOW)).as(fixture)
                    .isInstanceOf(UnreadableException.class).hasMessageStartingWith("not an Instatus summary");
        }
        assertThatThrownBy(() -> read("{'page':{'status':'ok'}}")).isInstanceOf(UnreadableException.class);
        assertThatThrownBy(() -> read("[]")).isInstanceOf(UnreadableException.class);
    }

    @Test
    void endpointIsSummaryJsonUnderThePage() {
        assertThat(reader.endpoint(URI.create("https://instat.us"))).isEqualTo(URL);
        assertThat(reader.endpoint(URL)).isEqualTo(URL);
        URI v3 = URI.create("https://status.wistia.com/v3/summary.json");
        assertThat(reader.endpoint(v3)).isEqualTo(v3);
    }

    /** A real page with nothing going on sends only {@code page}: no incident or maintenance lists at all. */
    @Test
    void aCalmRecordedPageSendsOnlyItsPage() throws Exception {
        Snapshot s = reader.read(Fixtures.bytes("instatus/summary-perplexity-ai-status-trimmed.json"), URL, NOW);
        assertThat(s.service()).isEqualTo("Perplexity");
        assertThat(s.status()).isEqualTo(Status.OPERATIONAL);
        assertThat(s.incidents()).isEmpty();
        assertThat(s.maintenances()).isEmpty();
    }
}
