package org.statustray.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.statustray.model.Component;
import org.statustray.model.History;
import org.statustray.model.Impact;
import org.statustray.model.Incident;
import org.statustray.model.IncidentUpdate;
import org.statustray.model.Snapshot;
import org.statustray.model.Status;
import org.statustray.testing.Fixtures;

/** The AWS Service Health Dashboard RSS, on the real all.rss capture and small synthetic feeds. */
class AwsRssReaderTest {
    static final URI ALL = URI.create("https://status.aws.amazon.com/rss/all.rss");
    static final Instant NOW = Instant.parse("2021-12-20T09:00:00Z");
    static final Instant SOON = Instant.parse("2021-12-08T19:00:00Z");
    final AwsRssReader reader = new AwsRssReader();

    static String feed(String items) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n  <rss version=\"2.0\"><channel>"
                + "<title><![CDATA[Amazon Web Services Service Status]]></title><link>http://status.aws.amazon.com/</link>"
                + items + "</channel></rss>";
    }

    static String item(String title, String pubDate, String service, long seconds, String text) {
        return "<item><title><![CDATA[" + title + "]]></title><link>http://status.aws.amazon.com/</link><pubDate>" + pubDate
                + "</pubDate><guid isPermaLink=\"false\">http://status.aws.amazon.com/#" + service + "_" + seconds
                + "</guid><description><![CDATA[" + text + "]]></description></item>";
    }

    Snapshot read(String xml) throws UnreadableException {
        return reader.read(xml.getBytes(StandardCharsets.UTF_8), ALL, NOW);
    }

    /** Read the day after the posts below were made: they are still news. */
    Snapshot readSoon(String xml) throws UnreadableException {
        return reader.read(xml.getBytes(StandardCharsets.UTF_8), ALL, SOON);
    }

    @Test
    void resolvedItemsLeaveTheirServiceOperational() throws Exception {
        Snapshot s = reader.read(Fixtures.bytes("aws/all-rss-aws-2021-12-20.rss"), ALL, NOW);

        assertThat(s.service()).isEqualTo("Amazon Web Services Service Status");
        assertThat(s.format()).isEqualTo("aws-rss");
        assertThat(s.status()).isEqualTo(Status.OPERATIONAL);
        assertThat(s.description()).isEqualTo("All Systems Operational");
        assertThat(s.componentsComplete()).as("AWS names only services that had posts").isFalse();
        assertThat(s.components()).extracting(Component::id, Component::name, Component::group, Component::status)
                .containsExactly(tuple("internetconnectivity-us-gov-west-1", "internetconnectivity", "us-gov-west-1",
                        Status.OPERATIONAL));
        assertThat(s.incidents()).isEmpty();
        assertThat(s.maintenances()).isEmpty();
    }

    @Test
    void historyJoinsTheSummaryPostedAfterTheAllClear() throws Exception {
        History h = reader.readHistory(Fixtures.bytes("aws/all-rss-aws-2021-12-20.rss"), ALL);

        assertThat(h.incidents()).singleElement().satisfies(i -> {
            assertThat(i.id()).isEqualTo("http://status.aws.amazon.com/#internetconnectivity-us-gov-west-1_1639584617");
            assertThat(i.title()).isEqualTo("Internet Connectivity");
            assertThat(i.status()).isEqualTo("resolved");
            assertThat(i.isActive()).isFalse();
            assertThat(i.componentIds()).containsExactly("internetconnectivity-us-gov-west-1");
            assertThat(i.started()).as("08:10:17 PST").isEqualTo(Instant.parse("2021-12-15T16:10:17Z"));
            assertThat(i.resolved()).isEqualTo(Instant.parse("2021-12-15T16:10:17Z"));
            assertThat(i.updated()).as("12:16:32 PST").isEqualTo(Instant.parse("2021-12-15T20:16:32Z"));
            assertThat(i.updates()).extracting(IncidentUpdate::at)
                    .containsExactly(Instant.parse("2021-12-15T16:10:17Z"), Instant.parse("2021-12-15T20:16:32Z"));
            assertThat(i.latestUpdate().body()).startsWith("Between 7:14 AM PST and 7:59 AM PST, customers experienced");
        });
    }

    @Test
    void theNewestPostPerServiceDecidesAndOpenRunsAreIncidents() throws Exception {
        Snapshot s = readSoon(feed(
                item("Service disruption: Increased API Error Rates", "Tue, 07 Dec 2021 09:10:00 PST", "ec2-us-east-1",
                        1638897000L, "We are seeing impact to multiple services.")
                + item("Informational message: Increased API Error Rates", "Tue, 07 Dec 2021 08:00:00 PST", "ec2-us-east-1",
                        1638892800L, "We are investigating.")
                + item("Performance issues: Elevated latencies", "Tue, 07 Dec 2021 08:30:00 PDT", "s3-eu-west-1",
                        1638891000L, "Latency is elevated.")
                + item("Service is operating normally: [RESOLVED] Elevated latencies", "Tue, 07 Dec 2021 09:00:00 PST",
                        "lambda-ap-northeast-1", 1638896400L, "Fixed.")
                + item("Informational message: Elevated latencies", "Tue, 07 Dec 2021 08:00:00 PST",
                        "lambda-ap-northeast-1", 1638892800L, "Looking.")));

        assertThat(s.status()).isEqualTo(Status.MAJOR_OUTAGE);
        assertThat(s.components()).extracting(Component::id, Component::status).containsExactly(
                tuple("ec2-us-east-1", Status.MAJOR_OUTAGE), tuple("s3-eu-west-1", Status.DEGRADED),
                tuple("lambda-ap-northeast-1", Status.OPERATIONAL));
        assertThat(s.incidents()).extracting(Incident::title, Incident::status, Incident::impact).containsExactly(
                tuple("Increased API Error Rates", "service_disruption", Impact.CRITICAL),
                tuple("Elevated latencies", "performance_issues", Impact.MINOR));
        Incident ec2 = s.incidents().get(0);
        assertThat(ec2.id()).isEqualTo("http://status.aws.amazon.com/#ec2-us-east-1_1638892800");
        assertThat(ec2.started()).isEqualTo(Instant.parse("2021-12-07T16:00:00Z"));
        assertThat(ec2.updated()).isEqualTo(Instant.parse("2021-12-07T17:10:00Z"));
        assertThat(ec2.updates()).extracting(IncidentUpdate::status).containsExactly("informational_message", "service_disruption");
        assertThat(ec2.componentIds()).containsExactly("ec2-us-east-1");
    }

    @Test
    void aNewPostAfterTheAllClearOpensANewIncident() throws Exception {
        Snapshot s = readSoon(feed(
                item("Service impact: Errors again", "Wed, 08 Dec 2021 10:00:00 PST", "sqs-us-west-2", 1638986400L, "Again.")
                + item("Resolved: Errors", "Tue, 07 Dec 2021 10:00:00 PST", "sqs-us-west-2", 1638900000L, "Fixed.")
                + item("Service impact: Errors", "Tue, 07 Dec 2021 09:00:00 PST", "sqs-us-west-2", 1638896400L, "Errors.")));

        assertThat(s.status()).isEqualTo(Status.PARTIAL_OUTAGE);
        assertThat(s.incidents()).singleElement().satisfies(i -> {
            assertThat(i.title()).isEqualTo("Errors again");
            assertThat(i.impact()).isEqualTo(Impact.MAJOR);
            assertThat(i.updates()).hasSize(1);
        });
        assertThat(reader.readHistory(feed("").getBytes(StandardCharsets.UTF_8), ALL).incidents()).isEmpty();
    }

    /** AWS does not always close a post: one left open and quiet for three days is history, as in any feed. */
    @Test
    void aPostLeftOpenForThreeDaysIsHistory() throws Exception {
        String xml = feed(item("Informational message: Elevated latencies", "Tue, 07 Dec 2021 08:00:00 PST",
                "lambda-ap-northeast-1", 1638892800L, "Looking."));
        assertThat(reader.read(xml.getBytes(StandardCharsets.UTF_8), ALL, Instant.parse("2021-12-10T15:59:59Z")).status())
                .isEqualTo(Status.DEGRADED);
        Snapshot later = reader.read(xml.getBytes(StandardCharsets.UTF_8), ALL, Instant.parse("2021-12-10T16:00:01Z"));
        assertThat(later.status()).isEqualTo(Status.OPERATIONAL);
        assertThat(later.incidents()).isEmpty();
        assertThat(reader.readsByAge()).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Service is operating normally | OPERATIONAL",
        "Resolved                      | OPERATIONAL",
        "Informational message         | DEGRADED",
        "Performance issues            | DEGRADED",
        "Service impact                | PARTIAL_OUTAGE",
        "Service disruption            | MAJOR_OUTAGE",
        "Partial outage                | PARTIAL_OUTAGE",
        "Something new                 | DEGRADED",
        "Scheduled maintenance         | DEGRADED",
    })
    void titlePrefixesMapInOnePlace(String prefix, Status expected) {
        assertThat(AwsRssReader.prefixStatus(prefix)).isEqualTo(expected);
    }

    @Test
    void itemsWithoutAwsGuidsTakeTheServiceFromAPerServiceFeedUrl() throws Exception {
        String xml = feed("<item><title>Performance issues: Slow</title><pubDate>bad date</pubDate><guid>x</guid></item>");
        Snapshot s = reader.read(xml.getBytes(StandardCharsets.UTF_8),
                URI.create("https://status.aws.amazon.com/rss/rds-eu-central-1.rss"), NOW);

        assertThat(s.components()).extracting(Component::id, Component::status)
                .containsExactly(tuple("rds-eu-central-1", Status.DEGRADED));
        assertThat(s.incidents()).singleElement().satisfies(i -> assertThat(i.started()).isNull());

        Snapshot all = read(feed("<item><title>Odd</title></item>"));
        assertThat(all.components()).isEmpty();
        assertThat(all.status()).as("an unnamed post still counts").isEqualTo(Status.DEGRADED);
    }

    @Test
    void otherFeedsAndFormatsAreNotAws() {
        assertThatThrownBy(() -> reader.read(Fixtures.bytes("azure/feed-azure-2026-04-16-empty.rss"), ALL, NOW))
                .isInstanceOf(UnreadableException.class).hasMessage("not an AWS status feed: the channel is \"Azure Status\"");
        assertThatThrownBy(() -> reader.read(Fixtures.bytes("statuspage/history-githubstatus-2022-03-16.rss"), ALL, NOW))
                .hasMessageStartingWith("not an AWS status feed");
        assertThatThrownBy(() -> reader.read(Fixtures.bytes("statuspage/history-githubstatus-2025-10-21-trimmed.atom"), ALL, NOW))
                .hasMessageStartingWith("not an AWS status feed: it is an Atom feed");
        assertThatThrownBy(() -> reader.read(Fixtures.bytes("statuspage/summary-githubstatus-2019-05-10.json"), ALL, NOW))
                .hasMessage("the server sent JSON, not an XML feed");
    }

    @Test
    void endpointTakesTheAllFeedForAPageRoot() {
        assertThat(reader.endpoint(URI.create("https://status.aws.amazon.com"))).hasToString("https://status.aws.amazon.com/rss/all.rss");
        assertThat(reader.endpoint(URI.create("https://status.aws.amazon.com/"))).hasToString("https://status.aws.amazon.com/rss/all.rss");
        assertThat(reader.endpoint(URI.create("https://status.aws.amazon.com/rss/ec2-us-east-1.rss")))
                .hasToString("https://status.aws.amazon.com/rss/ec2-us-east-1.rss");
        assertThat(reader.historyEndpoint(ALL)).isEqualTo(ALL);
    }
}
