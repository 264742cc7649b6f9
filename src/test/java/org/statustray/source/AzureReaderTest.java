package org.statustray.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.statustray.model.Incident;
import org.statustray.model.IncidentUpdate;
import org.statustray.model.Snapshot;
import org.statustray.model.Status;
import org.statustray.source.feed.FeedEntry;
import org.statustray.source.time.FeedDates;
import org.statustray.testing.Fixtures;

/** Azure's status RSS: the real all-clear capture and synthetic feeds with current events. */
class AzureReaderTest {
    static final URI FEED = URI.create("https://azure.status.microsoft/en-us/status/feed/");
    static final Instant NOW = Instant.parse("2026-04-16T21:00:00Z");
    final AzureReader reader = new AzureReader();

    static String feed(String items) {
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?><rss xmlns:a10=\"http://www.w3.org/2005/Atom\" version=\"2.0\">"
                + "<channel><title>Azure Status</title><link>https://azure.status.microsoft/en-us/status/</link>"
                + "<description>Azure Status</description><lastBuildDate>Thu, 16 Apr 2026 20:49:00 Z</lastBuildDate>"
                + items + "</channel></rss>";
    }

    Snapshot read(String xml) throws UnreadableException {
        return reader.read(xml.getBytes(StandardCharsets.UTF_8), FEED, NOW);
    }

    @Test
    void emptyChannelIsAllClear() throws Exception {
        Snapshot s = reader.read(Fixtures.bytes("azure/feed-azure-2026-04-16-empty.rss"), FEED, NOW);

        assertThat(s.service()).isEqualTo("Azure Status");
        assertThat(s.format()).isEqualTo("azure");
        assertThat(s.status()).isEqualTo(Status.OPERATIONAL);
        assertThat(s.description()).isEqualTo("All Systems Operational");
        assertThat(s.components()).isEmpty();
        assertThat(s.componentsComplete()).isFalse();
        assertThat(s.incidents()).isEmpty();
        assertThat(s.maintenances()).isEmpty();
        assertThat(FeedDates.parse("Thu, 16 Apr 2026 20:49:00 Z")).as("its lastBuildDate, literal Z")
                .isEqualTo(Instant.parse("2026-04-16T20:49:00Z"));
    }

    @Test
    void eachItemIsACurrentEventNewestFirst() throws Exception {
        Snapshot s = read(feed(
                "<item><guid isPermaLink=\"false\">EVT-1</guid><link>https://azure.status.microsoft/en-us/status</link>"
                + "<title>Azure Front Door - Connectivity issues - Investigating</title>"
                + "<description>&lt;p&gt;&lt;strong&gt;Impact Statement:&lt;/strong&gt; Starting at 14:00 UTC customers "
                + "may experience timeouts.&lt;/p&gt;&lt;p&gt;Next update in 60 minutes.&lt;/p&gt;</description>"
                + "<pubDate>Thu, 16 Apr 2026 14:30:00 Z</pubDate><a10:updated>2026-04-16T15:45:00Z</a10:updated></item>"
                + "<item><guid>EVT-2</guid><title>Storage - West Europe</title><description>Degraded.</description>"
                + "<pubDate>Thu, 16 Apr 2026 16:00:00 Z</pubDate></item>"));

        assertThat(s.status()).as("no impact given: degraded").isEqualTo(Status.DEGRADED);
        assertThat(s.incidents()).extracting(Incident::id).containsExactly("EVT-2", "EVT-1");
        Incident afd = s.incidents().get(1);
        assertThat(afd.title()).isEqualTo("Azure Front Door - Connectivity issues - Investigating");
        assertThat(afd.status()).isEqualTo("investigating");
        assertThat(afd.impact()).isNull();
        assertThat(afd.isActive()).isTrue();
        assertThat(afd.started()).isEqualTo(Instant.parse("2026-04-16T14:30:00Z"));
        assertThat(afd.updated()).as("a10:updated").isEqualTo(Instant.parse("2026-04-16T15:45:00Z"));
        assertThat(afd.url()).isEqualTo("https://azure.status.microsoft/en-us/status");
        assertThat(afd.componentIds()).isEmpty();
        assertThat(afd.updates()).singleElement().extracting(IncidentUpdate::body)
                .isEqualTo("Impact Statement: Starting at 14:00 UTC customers may experience timeouts.\nNext update in 60 minutes.");
    }

    @Test
    void resolvedOrMitigatedTitlesAreNotCurrent() throws Exception {
        Snapshot s = read(feed(
                "<item><guid>a</guid><title>Mitigated - Azure Front Door issues</title><pubDate>Thu, 16 Apr 2026 14:30:00 Z</pubDate></item>"
                + "<item><guid>b</guid><title>[RESOLVED] Storage in West Europe</title></item>"
                + "<item><guid>c</guid><title>Resolved: Virtual Machines</title></item>"));

        assertThat(s.incidents()).isEmpty();
        assertThat(s.status()).isEqualTo(Status.OPERATIONAL);
        assertThat(AzureReader.event(new FeedEntry("a", "Mitigated: x", null, null, null, null)).status()).isEqualTo("resolved");
    }

    @Test
    void anEventWithNoUpdateForThreeDaysIsHistory() throws Exception {
        Snapshot s = read(feed(
                "<item><guid>old</guid><title>Virtual Machines - North Europe</title>"
                + "<pubDate>Sun, 12 Apr 2026 10:00:00 Z</pubDate><a10:updated>2026-04-13T20:59:59Z</a10:updated></item>"
                + "<item><guid>new</guid><title>Storage - West Europe</title><pubDate>Mon, 13 Apr 2026 21:00:00 Z</pubDate></item>"));

        assertThat(s.incidents()).as("the same limit as every feed: FeedRules.QUIET_INCIDENT")
                .extracting(Incident::id).containsExactly("new");
        assertThat(s.status()).isEqualTo(Status.DEGRADED);
    }

    @Test
    void itemsWithoutFieldsStillCount() throws Exception {
        Snapshot s = read(feed("<item/>"));
        assertThat(s.incidents()).singleElement().satisfies(i -> {
            assertThat(i.title()).isEqualTo("Azure event");
            assertThat(i.id()).startsWith("azure-");
            assertThat(i.updates()).isEmpty();
        });
        assertThat(s.status()).isEqualTo(Status.DEGRADED);
    }

    @Test
    void otherFeedsAndFormatsAreNotAzure() {
        assertThatThrownBy(() -> reader.read(Fixtures.bytes("aws/all-rss-aws-2021-12-20.rss"), FEED, NOW))
                .isInstanceOf(UnreadableException.class)
                .hasMessage("not an Azure status feed: the channel is \"Amazon Web Services Service Status\"");
        assertThatThrownBy(() -> reader.read(Fixtures.bytes("statuspage/history-githubstatus-2022-03-16.rss"), FEED, NOW))
                .hasMessageStartingWith("not an Azure status feed");
        assertThatThrownBy(() -> reader.read(Fixtures.bytes("statuspage/history-githubstatus-2025-10-21-trimmed.atom"), FEED, NOW))
                .hasMessageStartingWith("not an Azure status feed: the Atom feed is");
        assertThatThrownBy(() -> reader.read(Fixtures.bytes("incidentio/summary-openai-v2compat-2026-07-09-operational.json"), FEED, NOW))
                .hasMessage("the server sent JSON, not an XML feed");
    }

    @Test
    void endpointFindsTheFeedFromTheHostOrTheStatusPage() {
        assertThat(reader.endpoint(URI.create("https://azure.status.microsoft")))
                .hasToString("https://azure.status.microsoft/en-us/status/feed/");
        assertThat(reader.endpoint(URI.create("https://azure.status.microsoft/en-us/status/")))
                .hasToString("https://azure.status.microsoft/en-us/status/feed/");
        assertThat(reader.endpoint(URI.create("https://status.azure.com/de-de/status")))
                .hasToString("https://status.azure.com/de-de/status/feed/");
        assertThat(reader.endpoint(FEED)).isEqualTo(FEED);
        assertThat(reader.endpoint(URI.create("http://127.0.0.1:8000/azure.rss"))).hasToString("http://127.0.0.1:8000/azure.rss");
    }
}
