package org.statustray.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.statustray.model.Component;
import org.statustray.model.History;
import org.statustray.model.Impact;
import org.statustray.model.Incident;
import org.statustray.model.IncidentUpdate;
import org.statustray.model.Snapshot;
import org.statustray.model.Status;
import org.statustray.testing.Fixtures;

/** The AWS Health reader on the legacy data.json archive and on current-events payloads in every encoding. */
class AwsHealthReaderTest {
    static final URI URL = URI.create("https://health.aws.amazon.com/public/currentevents");
    static final Instant NOW = Instant.parse("2026-09-23T12:00:00Z");
    // The shape public clients record from /public/currentevents: status codes are strings at the top
    // level and in impacted_services but numbers in event_log; dates are Unix seconds.
    static final String TWO_EVENTS = "[{'date':'1772369485','arn':'arn:aws:health:me-central-1::event/MULTIPLE_SERVICES/X',"
            + "'region_name':'UAE','status':'3','service':'multipleservices-me-central-1','service_name':'Multiple services',"
            + "'summary':'Region Availability','event_log':["
            + "{'summary':'Region Availability','message':'Recovery is under way — µs latency.','status':3,'timestamp':1772380000},"
            + "{'summary':'Increased Error Rates','message':'We are investigating issues in ME-CENTRAL-1.','status':1,'timestamp':1772369485}],"
            + "'impacted_services':{'cloudwatchsynthetics-me-central-1':{'service_name':'Amazon CloudWatch Synthetics','current':'3','max':'3'},"
            + "'ec2-me-central-1':{'service_name':'Amazon Elastic Compute Cloud','current':'1','max':'2'}}},"
            + "{'date':1772400000,'region_name':'N. Virginia','status':'1','service':'s3-us-east-1',"
            + "'service_name':'Amazon Simple Storage Service','summary':'Informational message','event_log':[]}]";
    final AwsHealthReader reader = new AwsHealthReader();

    static byte[] encoded(String json, Charset charset, byte... bom) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(bom);
        out.writeBytes(json.replace('\'', '"').getBytes(charset));
        return out.toByteArray();
    }

    Snapshot read(byte[] body) throws UnreadableException {
        return reader.read(body, URL, NOW);
    }

    @Test
    void currentEventsInUtf16LittleEndianWithBom() throws Exception {
        assertTwoEvents(read(encoded(TWO_EVENTS, StandardCharsets.UTF_16LE, (byte) 0xFF, (byte) 0xFE)));
    }

    @Test
    void currentEventsInUtf16BigEndianWithBom() throws Exception {
        assertTwoEvents(read(encoded(TWO_EVENTS, StandardCharsets.UTF_16BE, (byte) 0xFE, (byte) 0xFF)));
    }

    @Test
    void currentEventsInUtf8WithAndWithoutBom() throws Exception {
        assertTwoEvents(read(encoded(TWO_EVENTS, StandardCharsets.UTF_8, (byte) 0xEF, (byte) 0xBB, (byte) 0xBF)));
        assertTwoEvents(read(encoded(TWO_EVENTS, StandardCharsets.UTF_8)));
    }

    @Test
    void currentEventsInUtf16WithoutBomAreRecognisedByTheirZeroBytes() throws Exception {
        assertTwoEvents(read(encoded(TWO_EVENTS, StandardCharsets.UTF_16LE)));
        assertTwoEvents(read(encoded("  \n" + TWO_EVENTS, StandardCharsets.UTF_16BE)));
    }

    void assertTwoEvents(Snapshot s) {
        assertThat(s.format()).isEqualTo("aws-health");
        assertThat(s.service()).isEqualTo("AWS Health Dashboard");
        assertThat(s.status()).as("a disrupted service is the worst").isEqualTo(Status.PARTIAL_OUTAGE);
        assertThat(s.description()).isEqualTo("Partial Outage");
        assertThat(s.componentsComplete()).isFalse();
        assertThat(s.components()).extracting(Component::id, Component::displayName, Component::status).containsExactly(
                tuple("cloudwatchsynthetics-me-central-1", "UAE / Amazon CloudWatch Synthetics", Status.PARTIAL_OUTAGE),
                tuple("ec2-me-central-1", "UAE / Amazon Elastic Compute Cloud", Status.DEGRADED),
                tuple("s3-us-east-1", "N. Virginia / Amazon Simple Storage Service", Status.OPERATIONAL));
        assertThat(s.incidents()).extracting(Incident::title).as("newest first").containsExactly(
                "Amazon Simple Storage Service (N. Virginia): Informational message",
                "Multiple services (UAE): Region Availability");
        Incident region = s.incidents().get(1);
        assertThat(region.id()).isEqualTo("arn:aws:health:me-central-1::event/MULTIPLE_SERVICES/X");
        assertThat(region.status()).isEqualTo("service_disruption");
        assertThat(region.impact()).isEqualTo(Impact.MAJOR);
        assertThat(region.isActive()).isTrue();
        assertThat(region.started()).isEqualTo(Instant.ofEpochSecond(1772369485));
        assertThat(region.updated()).isEqualTo(Instant.ofEpochSecond(1772380000));
        assertThat(region.url()).isEqualTo("https://health.aws.amazon.com/health/status");
        assertThat(region.componentIds()).containsExactly("cloudwatchsynthetics-me-central-1", "ec2-me-central-1");
        assertThat(region.updates()).extracting(IncidentUpdate::status, IncidentUpdate::body).containsExactly(
                tuple("informational", "We are investigating issues in ME-CENTRAL-1."),
                tuple("service_disruption", "Recovery is under way — µs latency."));
        Incident note = s.incidents().get(0);
        assertThat(note.status()).isEqualTo("informational");
        assertThat(note.impact()).isEqualTo(Impact.NONE);
        assertThat(note.started()).as("date given as a number").isEqualTo(Instant.ofEpochSecond(1772400000));
        assertThat(s.watching(List.of("N. Virginia")).status()).isEqualTo(Status.OPERATIONAL);
        assertThat(s.watching(List.of("UAE")).status()).isEqualTo(Status.PARTIAL_OUTAGE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"[]", "  [ ]\n"})
    void anEmptyListMeansNothingIsGoingOn(String body) throws Exception {
        for (byte[] bytes : List.of(encoded(body, StandardCharsets.UTF_8),
                encoded(body, StandardCharsets.UTF_16BE, (byte) 0xFE, (byte) 0xFF))) {
            Snapshot s = read(bytes);
            assertThat(s.status()).isEqualTo(Status.OPERATIONAL);
            assertThat(s.description()).isEqualTo("All Systems Operational");
            assertThat(s.components()).isEmpty();
            assertThat(s.incidents()).isEmpty();
        }
    }

    @Test
    void legacyDataJsonWithNothingCurrentIsOperationalAndItsArchiveIsHistory() throws Exception {
        byte[] body = Fixtures.bytes("aws/data-json-aws-2022-07.json");
        URI legacy = URI.create("https://status.aws.amazon.com/data.json");

        Snapshot s = reader.read(body, legacy, NOW);
        assertThat(s.status()).isEqualTo(Status.OPERATIONAL);
        assertThat(s.incidents()).isEmpty();
        assertThat(s.components()).isEmpty();

        History history = reader.readHistory(body, legacy);
        assertThat(history.incidents()).hasSize(86).noneMatch(Incident::isActive)
                .allMatch(i -> i.status().equals("resolved") && i.resolved() != null);
        assertThat(history.incidents()).extracting(Incident::started)
                .isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(history.incidents()).filteredOn(i -> i.impact() == Impact.NONE).hasSize(72);
        assertThat(history.incidents()).filteredOn(i -> i.impact() == Impact.MINOR).hasSize(11);
        assertThat(history.incidents()).filteredOn(i -> i.impact() == Impact.MAJOR).hasSize(3);
        Incident newest = history.incidents().get(0);
        assertThat(newest.id()).isEqualTo("billingconsole_1655342154");
        assertThat(newest.title()).isEqualTo("AWS Billing Console: [RESOLVED] Incorrect Free Tier Email Alerts");
        assertThat(newest.started()).isEqualTo(Instant.parse("2022-06-16T01:15:54Z"));
        assertThat(newest.url()).isEqualTo("https://status.aws.amazon.com/");
        Incident oldest = history.incidents().get(85);
        assertThat(oldest.started()).isEqualTo(Instant.parse("2021-06-24T19:53:13Z"));
        assertThat(oldest.componentIds()).containsExactly("internetconnectivity-us-east-2");

        Incident bilingual = history.incidents().stream()
                .filter(i -> i.id().equals("directconnect-ap-northeast-1_1630543140")).findFirst().orElseThrow();
        assertThat(bilingual.impact()).isEqualTo(Impact.MAJOR);
        assertThat(bilingual.title()).endsWith("[RESOLVED] ネットワーク接続性 | Network Connectivity");
        assertThat(bilingual.updates()).singleElement().satisfies(u -> {
            assertThat(u.at()).isEqualTo(Instant.ofEpochSecond(1630543140));
            assertThat(u.body()).startsWith("<div><span class=\"yellowfg\"> 5:39 PM PDT</span>&nbsp;日本時間");
        });
    }

    @Test
    void legacyCurrentItemsAreOpenUnlessResolvedAndNameTheirOwnService() throws Exception {
        Snapshot s = read(encoded("{'archive':[],'current':["
                + "{'service':'ec2-us-east-1','service_name':'Amazon Elastic Compute Cloud (N. Virginia)',"
                + "'summary':'Increased API Error Rates','date':'1638895771','status':'2','details':'','description':'<div>x</div>'},"
                + "{'service':'sqs-us-east-1','service_name':'Amazon SQS (N. Virginia)','summary':'[RESOLVED] Delays',"
                + "'date':'1638895000','status':'2'},"
                + "{'service':'iam','service_name':'AWS IAM','summary':'Note','date':'1638890000','status':'1'}]}",
                StandardCharsets.UTF_8));

        assertThat(s.status()).isEqualTo(Status.DEGRADED);
        assertThat(s.incidents()).extracting(Incident::id).containsExactly("ec2-us-east-1_1638895771", "iam_1638890000");
        assertThat(s.components()).extracting(Component::displayName, Component::status).containsExactly(
                tuple("Amazon Elastic Compute Cloud (N. Virginia)", Status.DEGRADED),
                tuple("AWS IAM", Status.OPERATIONAL));
    }

    @Test
    void informationalEventsAloneAreNotAProblemAndUnknownCodesNeverFail() throws Exception {
        assertThat(read(encoded("[{'service':'iam','status':'1','summary':'FYI'}]", StandardCharsets.UTF_8)).status())
                .isEqualTo(Status.OPERATIONAL);
        Snapshot odd = read(encoded("[{'service':'iam','status':'7','date':'soon','impacted_services':[1,2]},"
                + "{'arn':'a','status':null,'date':'2026-01-02T03:04:05Z','event_log':{'x':1}},{'service':'x','status':'0'}]",
                StandardCharsets.UTF_8));
        assertThat(odd.incidents()).extracting(Incident::status).containsExactly("investigating", "investigating");
        assertThat(odd.incidents()).extracting(Incident::started).containsExactly(Instant.parse("2026-01-02T03:04:05Z"), null);
        assertThat(odd.components()).extracting(Component::id, Component::status)
                .containsExactly(tuple("iam", Status.UNKNOWN));
        assertThat(odd.status()).as("an unknown service and an event without impact").isEqualTo(Status.UNKNOWN);
        assertThat(AwsHealthEvents.level("4").impact()).isNull();
    }

    @Test
    void otherFormatsAndNonJsonAreRejected() {
        Map<String, byte[]> others = Map.of(
                "statuspage", Fixtures.bytes("statuspage/summary-githubstatus-2019-05-10.json"),
                "gcp array", Fixtures.bytes("gcp/incidents-gcp-2022-07-01.json"),
                "slack array", Fixtures.bytes("slack/history-v2-slack-2019-08.json"),
                "statusio", Fixtures.bytes("statusio/status-docs-example-operational.json"),
                "numbers", "[1,2]".getBytes(StandardCharsets.UTF_8));
        others.forEach((name, body) -> assertThatThrownBy(() -> read(body)).as(name)
                .isInstanceOf(UnreadableException.class).hasMessageStartingWith("not an AWS Health response"));
        assertThatThrownBy(() -> read(encoded("<html>", StandardCharsets.UTF_16LE, (byte) 0xFF, (byte) 0xFE)))
                .isInstanceOf(UnreadableException.class).hasMessageContaining("HTML");
        assertThatThrownBy(() -> read(new byte[] {(byte) 0xFF, (byte) 0xFE})).isInstanceOf(UnreadableException.class)
                .hasMessage("the response is empty");
        assertThatThrownBy(() -> read(new byte[] {(byte) 0xFE, (byte) 0xFF, 0, '[', 0})).isInstanceOf(UnreadableException.class)
                .hasMessageContaining("not valid JSON");
    }

    @Test
    void endpointIsTheCurrentEventsOfThePageRoot() {
        assertThat(reader.endpoint(URI.create("https://health.aws.amazon.com"))).isEqualTo(URL);
        assertThat(reader.endpoint(URI.create("https://health.aws.amazon.com/health/status"))).isEqualTo(URL);
        assertThat(reader.endpoint(URL)).isEqualTo(URL);
        assertThat(reader.endpoint(URI.create("https://status.aws.amazon.com/data.json")))
                .hasToString("https://status.aws.amazon.com/data.json");
        assertThat(reader.endpoint(URI.create("http://127.0.0.1:8000/")))
                .hasToString("http://127.0.0.1:8000/public/currentevents");
        assertThat(reader.historyEndpoint(URI.create("https://health.aws.amazon.com"))).isEqualTo(URL);
    }

    /** Recorded from /public/currentevents by a public client (trimmed by its source): two open, one ended. */
    @Test
    void recordedCurrentEventsListOnlyTheEventsThatHaveNotEnded() throws Exception {
        Snapshot s = read(Fixtures.bytes("aws/currentevents-ai-status-2026-09-trimmed.json"));
        assertThat(s.status()).isEqualTo(Status.PARTIAL_OUTAGE);
        assertThat(s.incidents()).extracting(Incident::title).containsExactly(
                "Multiple services (Bahrain): Increased Error Rates", "Multiple services (UAE): Increased Error Rates");
        assertThat(s.components()).hasSize(6).allMatch(c -> c.status() == Status.PARTIAL_OUTAGE)
                .noneMatch(c -> "Oregon".equals(c.group()));
        History h = reader.readHistory(Fixtures.bytes("aws/currentevents-ai-status-2026-09-trimmed.json"), URL);
        Incident ended = h.incidents().stream().filter(i -> i.title().contains("Oregon")).findFirst().orElseThrow();
        assertThat(ended.status()).isEqualTo("resolved");
        assertThat(ended.resolved()).isEqualTo(Instant.ofEpochSecond(1788480474L));
    }

    /** An event that carries an end time has ended, whatever code it still shows. */
    @Test
    void anEventWithAnEndTimeIsClosedWhateverItsCode() throws Exception {
        String ended = "[{'date':'1772369485','arn':'a','region_name':'UAE','status':'3','service':'ec2-me-central-1',"
                + "'service_name':'Amazon EC2','summary':'Increased Error Rates','end_time':'1772400000'}]";
        Snapshot s = read(encoded(ended, StandardCharsets.UTF_8));
        assertThat(s.status()).isEqualTo(Status.OPERATIONAL);
        assertThat(s.incidents()).isEmpty();
    }
}
