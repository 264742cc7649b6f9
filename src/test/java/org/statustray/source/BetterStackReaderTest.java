package org.statustray.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.statustray.model.Component;
import org.statustray.model.History;
import org.statustray.model.Impact;
import org.statustray.model.Incident;
import org.statustray.model.IncidentUpdate;
import org.statustray.model.Maintenance;
import org.statustray.model.Snapshot;
import org.statustray.model.Status;
import org.statustray.testing.Fixtures;

/**
 * The Better Stack reader on Better Stack's own recorded {@code index.json}; the words and report states that
 * recording does not show are checked on small documents of the documented shape.
 */
class BetterStackReaderTest {
    static final String PAGE = "betterstack/index-betterstack-2026-09-07-trimmed.json";
    static final String HUGGING_FACE = "betterstack/index-huggingface-2026-09-19.json";
    static final URI URL = URI.create("https://status.betterstack.com/index.json");
    static final Instant NOW = Instant.parse("2026-09-07T12:30:00Z");
    final BetterStackReader reader = new BetterStackReader();

    Snapshot read(String json) throws UnreadableException {
        return reader.read(json.replace('\'', '"').getBytes(StandardCharsets.UTF_8), URL, NOW);
    }

    /** A page document with the given state and {@code included} items (single quotes for double). */
    static String page(String state, String included) {
        return "{'data':{'id':'1','type':'status_page','attributes':{'company_name':'Acme','aggregate_state':"
                + state + "}},'included':[" + included + "]}";
    }

    @Test
    void betterStacksOwnPageIsOperationalWithItsResourcesGroupedBySection() throws Exception {
        Snapshot s = reader.read(Fixtures.bytes(PAGE), URL, NOW);

        assertThat(s.format()).isEqualTo("betterstack");
        assertThat(s.service()).isEqualTo("Better Stack");
        assertThat(s.status()).isEqualTo(Status.OPERATIONAL);
        assertThat(s.description()).isEqualTo("All Systems Operational");
        assertThat(s.componentsComplete()).isTrue();
        assertThat(s.components()).extracting(Component::id, Component::name, Component::group, Component::status)
                .as("the section's trailing space trimmed; not_monitored is no reading, so unknown")
                .containsExactly(
                        tuple("4018902", "Better Stack", "Better Stack", Status.OPERATIONAL),
                        tuple("4188755", "Uptime", "Uptime", Status.OPERATIONAL),
                        tuple("4188756", "Uptime backend processing health", "Uptime", Status.UNKNOWN));
        assertThat(s.incidents()).as("every report on the page is resolved").isEmpty();
        assertThat(s.maintenances()).as("the only maintenance is resolved").isEmpty();
    }

    @Test
    void itsHistoryHoldsTheResolvedReportsWithTheirUpdatesInTimeOrder() throws Exception {
        History h = reader.readHistory(Fixtures.bytes(PAGE), URL);

        assertThat(h.incidents()).extracting(Incident::id).containsExactly("1050825", "1049150");
        Incident europe = h.incidents().get(0);
        assertThat(europe.title()).isEqualTo("Delayed data processing in the Europe region");
        assertThat(europe.status()).isEqualTo("resolved");
        assertThat(europe.isActive()).isFalse();
        assertThat(europe.impact()).as("its updates said degraded").isEqualTo(Impact.MINOR);
        assertThat(europe.started()).isEqualTo(Instant.parse("2026-09-04T13:50:00Z"));
        assertThat(europe.resolved()).as("ends_at is null: the newest update closes it")
                .isEqualTo(Instant.parse("2026-09-06T19:13:00Z"));
        assertThat(europe.updated()).isEqualTo(europe.resolved());
        assertThat(europe.updates()).as("listed 19:53, 15:23, 13:50, 19:13 in the document")
                .extracting(IncidentUpdate::id, IncidentUpdate::status)
                .containsExactly(tuple("5708773", "degraded"), tuple("5709883", "degraded"),
                        tuple("5713636", "degraded"), tuple("5719311", "resolved"));
        assertThat(europe.updates().get(1).body()).startsWith("Processing of new data in the Europe region");
        assertThat(europe.componentIds()).as("a resource the trimmed page no longer holds").containsExactly("4188758");
        assertThat(europe.url()).isEqualTo("https://status.betterstack.com");

        Incident earlier = h.incidents().get(1);
        assertThat(earlier.updates()).as("its updates were trimmed away").isEmpty();
        assertThat(earlier.impact()).as("nothing says how bad it was").isNull();
        assertThat(earlier.resolved()).isEqualTo(Instant.parse("2026-09-03T02:15:00Z"));

        assertThat(h.maintenances()).singleElement().satisfies(m -> {
            assertThat(m.id()).isEqualTo("1035022");
            assertThat(m.title()).isEqualTo("Migrating some Telemetry sources to new infrastructure");
            assertThat(m.status()).isEqualTo("completed");
            assertThat(m.starts()).isEqualTo(Instant.parse("2026-09-03T00:00:00Z"));
            assertThat(m.ends()).isEqualTo(Instant.parse("2026-09-03T17:00:00Z"));
            assertThat(m.componentIds()).containsExactly("4188758");
        });
    }

    @Test
    void huggingFacesWholePageListsEightResourcesInFiveSectionsAndNothingOpen() throws Exception {
        Snapshot s = reader.read(Fixtures.bytes(HUGGING_FACE), URI.create("https://status.huggingface.co/index.json"),
                Instant.parse("2026-09-19T04:00:00Z"));

        assertThat(s.service()).isEqualTo("Hugging Face");
        assertThat(s.status()).isEqualTo(Status.OPERATIONAL);
        assertThat(s.components()).extracting(Component::displayName).containsExactly(
                "Current status by service / Huggingface Hub", "Current status by service / Git Hosting and Serving",
                "Inference Endpoints / Inference Endpoints UI", "Inference Endpoints / Inference Endpoints API",
                "Spaces / Spaces Proxy", "CDN / AWS CDN", "CDN / Google cloud CDN", "Jobs / Jobs");
        assertThat(s.components()).extracting(Component::status).containsOnly(Status.OPERATIONAL);
        assertThat(s.incidents()).isEmpty();
        assertThat(s.maintenances()).as("six maintenances, all resolved").isEmpty();
    }

    @Test
    void huggingFacesHistoryHasTheAwsOutageGradedByItsWorstUpdate() throws Exception {
        History h = reader.readHistory(Fixtures.bytes(HUGGING_FACE), URI.create("https://status.huggingface.co/index.json"));

        assertThat(h.incidents()).extracting(Incident::id, Incident::title, Incident::impact).containsExactly(
                tuple("1004901", "Elevated error rate - AWS CDN (Singapore)", Impact.MINOR),
                tuple("965809", "Hub unavailable", Impact.CRITICAL));
        Incident hub = h.incidents().get(1);
        assertThat(hub.updates()).as("linked resolved, downtime, degraded; read in time order")
                .extracting(IncidentUpdate::status).containsExactly("downtime", "degraded", "resolved");
        assertThat(hub.resolved()).isEqualTo(Instant.parse("2026-07-16T10:07:00Z"));
        assertThat(hub.componentIds()).containsExactly("84641", "84642", "8379104");
        assertThat(hub.url()).isEqualTo("https://status.huggingface.co");

        assertThat(h.maintenances()).hasSize(6).extracting(Maintenance::status).containsOnly("completed");
        Maintenance spaces = h.maintenances().get(2);
        assertThat(spaces.title()).isEqualTo("Scheduled maintenance: Spaces");
        assertThat(spaces.updates()).as("the closing update is linked first").extracting(IncidentUpdate::body)
                .last().isEqualTo("Maintenance ended");
        assertThat(h.maintenances().get(3).ends()).isEqualTo(Instant.parse("2026-07-30T07:28:12.396Z"));
        assertThat(h.maintenances().get(3).componentIds()).containsExactly("8379104", "8379105");
    }

    @Test
    void noOtherReaderTakesABetterStackPage() {
        for (String fixture : List.of(PAGE, HUGGING_FACE)) {
            byte[] body = Fixtures.bytes(fixture);
            for (StatusReader other : Formats.all()) {
                if (!other.format().equals("betterstack")) {
                    assertThatThrownBy(() -> other.read(body, URL, NOW)).as("%s on %s", other.format(), fixture)
                            .isInstanceOf(UnreadableException.class);
                }
            }
        }
    }

    @ParameterizedTest
    @CsvSource({
        "operational, OPERATIONAL", "degraded, DEGRADED", "downtime, MAJOR_OUTAGE", "maintenance, MAINTENANCE",
        "partial_outage, PARTIAL_OUTAGE", "Degraded, DEGRADED", "resolved, OPERATIONAL", "not_monitored, UNKNOWN",
        "sparkly, UNKNOWN"})
    void betterStackWordsAndUnknownOnes(String word, Status expected) {
        assertThat(BetterStackReader.status(word)).isEqualTo(expected);
    }

    @Test
    void thePagesOwnStateWinsAndWithoutOneTheWorstResourceDecides() throws Exception {
        String resources = "{'id':'r1','type':'status_page_resource','attributes':{'public_name':'API','status':'degraded'}},"
                + "{'id':'r2','type':'status_page_resource','attributes':{'public_name':'Web','status':'downtime'}}";
        assertThat(read(page("'maintenance'", resources)).status()).isEqualTo(Status.MAINTENANCE);
        assertThat(read(page("null", resources)).status()).isEqualTo(Status.MAJOR_OUTAGE);
        assertThat(read(page("'shrug'", resources)).status()).isEqualTo(Status.MAJOR_OUTAGE);
        Snapshot bare = read(page("null", ""));
        assertThat(bare.status()).as("nothing wrong anywhere").isEqualTo(Status.OPERATIONAL);
        assertThat(bare.components()).isEmpty();
        assertThat(read(page("'operational'", resources)).components()).extracting(Component::group)
                .as("a resource outside any section").containsOnlyNulls();
    }

    @Test
    void anOpenReportIsAnActiveIncidentNamedByItsStateAndGradedByItsWorstWord() throws Exception {
        Snapshot s = read(page("'downtime'",
                "{'id':'9','type':'status_report','attributes':{'title':'API down','report_type':'manual',"
                        + "'starts_at':'2026-09-07T11:00:00.000Z','ends_at':null,'aggregate_state':'downtime',"
                        + "'affected_resources':[{'status_page_resource_id':'r1','status':'downtime'}]},"
                        + "'relationships':{'status_updates':{'data':[{'id':'u2','type':'status_update'},"
                        + "{'id':'u1','type':'status_update'}]}}},"
                        + "{'id':'u1','type':'status_update','attributes':{'message':'Looking','published_at':'2026-09-07T11:00:00.000Z',"
                        + "'affected_resources':[{'status_page_resource_id':'r1','status':'degraded'}]}},"
                        + "{'id':'u2','type':'status_update','attributes':{'message':'Down','published_at':'2026-09-07T11:20:00.000Z',"
                        + "'affected_resources':[{'status_page_resource_id':'r1','status':'downtime'}]}},"
                        + "{'id':'8','type':'status_report','attributes':{'title':'Old','report_type':'automatic',"
                        + "'starts_at':'2026-09-01T00:00:00Z','aggregate_state':'resolved'}}"));

        assertThat(s.incidents()).singleElement().satisfies(i -> {
            assertThat(i.id()).isEqualTo("9");
            assertThat(i.status()).as("Better Stack has no phases: its own word").isEqualTo("downtime");
            assertThat(i.impact()).isEqualTo(Impact.CRITICAL);
            assertThat(i.started()).isEqualTo(Instant.parse("2026-09-07T11:00:00Z"));
            assertThat(i.updated()).isEqualTo(Instant.parse("2026-09-07T11:20:00Z"));
            assertThat(i.updates()).extracting(IncidentUpdate::body).containsExactly("Looking", "Down");
            assertThat(i.componentIds()).containsExactly("r1");
        });
    }

    @Test
    void aMaintenanceIsScheduledUnderWayOrOverByItsTimes() throws Exception {
        String reports = maintenance("a", "2026-09-07T14:00:00Z", "2026-09-07T16:00:00Z", "maintenance")
                + "," + maintenance("b", "2026-09-07T12:00:00Z", "2026-09-07T13:00:00Z", "maintenance")
                + "," + maintenance("c", "2026-09-07T10:00:00Z", "2026-09-07T11:00:00Z", "maintenance")
                + "," + maintenance("d", "2026-09-07T12:00:00Z", "2026-09-07T13:00:00Z", "resolved");

        Snapshot s = read(page("'maintenance'", reports));

        assertThat(s.maintenances()).as("soonest first; past its end or resolved is over")
                .extracting(Maintenance::id, Maintenance::status)
                .containsExactly(tuple("b", "in_progress"), tuple("a", "scheduled"));
        assertThat(s.incidents()).isEmpty();
    }

    static String maintenance(String id, String starts, String ends, String state) {
        return "{'id':'" + id + "','type':'status_report','attributes':{'title':'Upgrade " + id
                + "','report_type':'maintenance','starts_at':'" + starts + "','ends_at':'" + ends
                + "','aggregate_state':'" + state + "','affected_resources':[]}}";
    }

    @Test
    void theEndpointIsIndexJsonUnderThePageRoot() {
        assertThat(reader.endpoint(URI.create("https://acme.betteruptime.com")))
                .isEqualTo(URI.create("https://acme.betteruptime.com/index.json"));
        assertThat(reader.endpoint(URI.create("https://example.com/status/?x=1")))
                .isEqualTo(URI.create("https://example.com/status/index.json"));
        assertThat(reader.endpoint(URL)).isEqualTo(URL);
    }

    @Test
    void betterStackAddressesAreTriedAsBetterStackFirst() {
        assertThat(FormatHints.fromAddress(URI.create("https://huggingface.betteruptime.com/"))).containsExactly("betterstack");
        assertThat(FormatHints.fromAddress(URI.create("https://status.betterstack.com"))).containsExactly("betterstack");
        assertThat(FormatHints.fromAddress(URI.create("https://status.huggingface.co/index.json"))).containsExactly("cstate", "betterstack");
        assertThat(FormatHints.fromAddress(URI.create("https://betterstack.com/docs"))).isEmpty();
        assertThat(FormatHints.fromAddress(URI.create("https://status.example.com/"))).isEmpty();
    }

    @Test
    void everyOtherFormatsRecordedPayloadIsRefused() throws IOException {
        Path root = Path.of("src/test/resources/fixtures");
        List<Path> others;
        try (Stream<Path> files = Files.walk(root)) {
            others = files.filter(Files::isRegularFile).filter(p -> !p.startsWith(root.resolve("betterstack")))
                    .filter(p -> !p.getFileName().toString().endsWith(".md")).sorted().toList();
        }
        assertThat(others).hasSizeGreaterThan(20);
        for (Path p : others) {
            byte[] body = Files.readAllBytes(p);
            assertThatThrownBy(() -> reader.read(body, URL, NOW)).as("%s", p).isInstanceOf(UnreadableException.class);
        }
    }

    @Test
    void otherDocumentsAreRefusedInOneLine() {
        for (String body : new String[] {"[]", "{}", "{'data':{'type':'incident','attributes':{}}}",
                "{'data':[{'type':'status_page'}]}", "{'data':{'type':'status_page'}}",
                "{'data':{'type':'status_page','attributes':{}},'included':{}}", "<html></html>"}) {
            assertThatThrownBy(() -> read(body)).as(body).isInstanceOf(UnreadableException.class)
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        }
    }
}
