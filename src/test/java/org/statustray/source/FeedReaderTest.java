package org.statustray.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.statustray.model.History;
import org.statustray.model.Impact;
import org.statustray.model.Incident;
import org.statustray.model.IncidentUpdate;
import org.statustray.model.Snapshot;
import org.statustray.model.Status;
import org.statustray.testing.Fixtures;

/** The generic feed reader on real feeds: githubstatus.com's {@code history.rss} and {@code history.atom}, status.x.ai, status.torproject.org. */
class FeedReaderTest {
    static final URI RSS = URI.create("https://www.githubstatus.com/history.rss");
    static final URI ATOM = URI.create("https://www.githubstatus.com/history.atom");
    static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    final FeedReader reader = new FeedReader();

    @Test
    void statuspageRssWithOnlyResolvedIncidentsIsOperational() throws Exception {
        Snapshot s = reader.read(Fixtures.bytes("statuspage/history-githubstatus-2022-03-16.rss"), RSS, NOW);

        assertThat(s.service()).as("Statuspage's ' - Incident History' suffix dropped").isEqualTo("GitHub Status");
        assertThat(s.format()).isEqualTo("feed");
        assertThat(s.url()).isEqualTo(RSS.toString());
        assertThat(s.fetchedAt()).isEqualTo(NOW);
        assertThat(s.status()).isEqualTo(Status.OPERATIONAL);
        assertThat(s.description()).as("read in 2026, its newest item is from 2022")
                .isEqualTo("feed looks stale: newest entry 2022-03-16");
        assertThat(s.components()).isEmpty();
        assertThat(s.componentsComplete()).isFalse();
        assertThat(s.incidents()).isEmpty();
        assertThat(s.maintenances()).isEmpty();
    }

    @Test
    void statuspageRssHistoryHasEveryItemWithItsEmbeddedUpdates() throws Exception {
        History h = reader.readHistory(Fixtures.bytes("statuspage/history-githubstatus-2022-03-16.rss"), RSS);

        assertThat(h.maintenances()).isEmpty();
        assertThat(h.incidents()).hasSize(25).noneMatch(Incident::isActive)
                .allMatch(i -> i.status().equals("resolved") && i.resolved() != null && i.impact() == null);
        assertThat(h.incidents()).extracting(i -> i.updates().size())
                .containsExactly(8, 3, 2, 2, 2, 2, 6, 2, 9, 4, 2, 4, 4, 2, 4, 2, 2, 2, 3, 2, 2, 12, 2, 2, 2);
        List<IncidentUpdate> all = h.incidents().stream().flatMap(i -> i.updates().stream()).collect(Collectors.toList());
        Map<String, Long> labels = all.stream().collect(Collectors.groupingBy(IncidentUpdate::status, Collectors.counting()));
        assertThat(labels).containsExactlyInAnyOrderEntriesOf(
                Map.of("investigating", 25L, "update", 36L, "monitoring", 1L, "resolved", 25L));
        assertThat(all).allMatch(u -> u.at() != null && !u.body().isBlank())
                .noneMatch(u -> u.body().contains("<") || u.body().contains("&") || u.body().startsWith("-"));
        assertThat(h.incidents()).allSatisfy(i -> {
            assertThat(i.updates()).extracting(IncidentUpdate::at).isSorted();
            assertThat(i.updates().get(0).status()).isEqualTo("investigating");
            assertThat(i.latestUpdate().status()).isEqualTo("resolved");
            assertThat(i.url()).isEqualTo(i.id()).startsWith("https://www.githubstatus.com/incidents/");
        });

        Incident first = h.incidents().get(0);
        assertThat(first.title()).isEqualTo("Incident with GitHub Actions, Codespaces, Issues, and Webhooks");
        assertThat(first.started()).as("the first update, not the pubDate").isEqualTo(Instant.parse("2022-03-16T14:09:00Z"));
        assertThat(first.updated()).isEqualTo(Instant.parse("2022-03-16T19:46:00Z"));
        assertThat(first.resolved()).isEqualTo(Instant.parse("2022-03-16T19:46:00Z"));
        assertThat(first.updates().get(0).body()).isEqualTo("We are investigating reports of degraded performance for Issues.");
        assertThat(first.latestUpdate().body()).isEqualTo("This incident has been resolved.");
    }

    @Test
    void spacePaddedDaysAndUpdatesAcrossMidnightGetTheRightDate() throws Exception {
        Map<String, Incident> byId = byId(reader.readHistory(
                Fixtures.bytes("statuspage/history-githubstatus-2022-03-16.rss"), RSS));

        Incident slack = byId.get("https://www.githubstatus.com/incidents/xdzs70gjthls"); // day " 9"
        assertThat(slack.updates()).extracting(IncidentUpdate::at).containsExactly(Instant.parse("2022-03-09T11:24:00Z"),
                Instant.parse("2022-03-09T11:57:00Z"), Instant.parse("2022-03-09T17:45:00Z"));
        assertThat(slack.updated()).as("pubDate 17:45:38 is later than the minute-precision post")
                .isEqualTo(Instant.parse("2022-03-09T17:45:38Z"));

        Incident overnight = byId.get("https://www.githubstatus.com/incidents/1b73r6x5wkdx");
        assertThat(overnight.started()).isEqualTo(Instant.parse("2022-02-09T22:49:00Z"));
        assertThat(overnight.resolved()).isEqualTo(Instant.parse("2022-02-10T00:35:00Z"));

        Incident dashboard = byId.get("https://www.githubstatus.com/incidents/xvk42jkm6fzk");
        assertThat(dashboard.updates()).extracting(IncidentUpdate::status)
                .containsExactly("investigating", "update", "monitoring", "resolved");

        assertThat(byId.get("https://www.githubstatus.com/incidents/4cnqjxrv0vzg").started())
                .as("last item, 2021").isEqualTo(Instant.parse("2021-11-04T18:13:00Z"));
    }

    @Test
    void statuspageAtomKeepsTagIdsShortCodeLinksAndEditedEntries() throws Exception {
        byte[] body = Fixtures.bytes("statuspage/history-githubstatus-2025-10-21-trimmed.atom");
        Snapshot s = reader.read(body, ATOM, NOW);
        assertThat(s.service()).isEqualTo("GitHub Status");
        assertThat(s.status()).isEqualTo(Status.OPERATIONAL);
        assertThat(s.incidents()).isEmpty();

        History h = reader.readHistory(body, ATOM);
        assertThat(h.incidents()).extracting(Incident::id).containsExactly(
                "tag:www.githubstatus.com,2005:Incident/26837586", "tag:www.githubstatus.com,2005:Incident/26833707",
                "tag:www.githubstatus.com,2005:Incident/26820913");
        assertThat(h.incidents()).extracting(Incident::url).containsExactly(
                "https://www.githubstatus.com/incidents/v61nk2fpysnq", "https://www.githubstatus.com/incidents/qqd6b1xb63tq",
                "https://www.githubstatus.com/incidents/9klytnsknx20");
        assertThat(h.incidents()).extracting(i -> i.updates().size()).containsExactly(6, 6, 5);
        assertThat(h.incidents()).allMatch(i -> !i.isActive() && i.status().equals("resolved"));

        Incident saml = h.incidents().get(0);
        assertThat(saml.title()).isEqualTo("Disruption with some GitHub services");
        assertThat(saml.started()).isEqualTo(Instant.parse("2025-10-21T16:00:00Z"));
        assertThat(saml.resolved()).isEqualTo(Instant.parse("2025-10-21T17:39:00Z"));
        assertThat(saml.updates()).extracting(IncidentUpdate::status)
                .containsExactly("investigating", "update", "update", "update", "update", "resolved");
        assertThat(saml.updates().get(2).body()).startsWith("We’ve identified the issue affecting some users");

        Incident edited = h.incidents().get(2);
        assertThat(edited.started()).isEqualTo(Instant.parse("2025-10-20T14:46:00Z"));
        assertThat(edited.resolved()).isEqualTo(Instant.parse("2025-10-20T16:40:00Z"));
        assertThat(edited.updated()).as("edited a day after it was resolved").isEqualTo(Instant.parse("2025-10-21T20:25:22Z"));
        assertThat(edited.updates().get(1).body()).isEqualTo("We are experiencing degraded availability for the Grok Code "
                + "Fast 1 model in Copilot Chat, VS Code and other Copilot products. This is due to an issue with an upstream "
                + "model provider. We are working with them to resolve the issue.\n\nOther models are available and working "
                + "as expected.");
    }

    @Test
    void endpointIsTheFeedUrlItself() {
        assertThat(reader.endpoint(RSS)).isEqualTo(RSS);
        assertThat(reader.historyEndpoint(ATOM)).isEqualTo(ATOM);
    }

    static final URI XAI = URI.create("https://status.x.ai/feed.xml");
    static final String XAI_FEED = "feed/feed-xai-2026-07-07.rss";
    static final URI TOR = URI.create("https://status.torproject.org/index.xml");
    static final String TOR_FEED = "feed/index-torproject-cstate-2022-06-09-shortened.rss";

    @Test
    void xaiItemsClosedOnlyByTheirCategoriesAreHistory() throws Exception {
        byte[] body = Fixtures.bytes(XAI_FEED);
        Snapshot s = reader.read(body, XAI, Instant.parse("2026-07-07T16:40:29Z")); // its lastBuildDate

        assertThat(s.service()).isEqualTo("xAI System Status");
        assertThat(s.status()).as("105 items, every one <category>available</category><category>resolved</category>")
                .isEqualTo(Status.OPERATIONAL);
        assertThat(s.description()).isEqualTo("All Systems Operational");
        assertThat(s.incidents()).isEmpty();

        History h = reader.readHistory(body, XAI);
        assertThat(h.incidents()).hasSize(105).noneMatch(Incident::isActive)
                .allMatch(i -> i.status().equals("resolved") && i.impact() == Impact.NONE && i.resolved() != null)
                .as("no title carries a closing word").noneMatch(i -> FeedRules.saysClosed(i.title()));
        assertThat(h.incidents().get(0).updates()).singleElement().satisfies(u ->
                assertThat(u.body()).startsWith("Status: RESOLVED\nSeverity: available"));
    }

    @Test
    void xaiReadMonthsLaterLooksStale() throws Exception {
        Snapshot s = reader.read(Fixtures.bytes(XAI_FEED), XAI, Instant.parse("2026-12-07T12:00:00Z"));

        assertThat(s.status()).isEqualTo(Status.OPERATIONAL);
        assertThat(s.description()).isEqualTo("feed looks stale: newest entry 2026-07-07");
        assertThat(s.incidents()).isEmpty();
    }

    @Test
    void torFreshDdosAmongOldResolvedItemsIsTheOneActiveIncident() throws Exception {
        // read an hour after its newest item: the DDoS was then news
        Snapshot s = reader.read(Fixtures.bytes(TOR_FEED), TOR, Instant.parse("2022-06-09T15:00:00Z"));

        assertThat(s.service()).isEqualTo("Tor Project status");
        assertThat(s.status()).isEqualTo(Status.DEGRADED);
        assertThat(s.incidents()).singleElement().satisfies(i -> {
            assertThat(i.title()).isEqualTo("Network DDoS");
            assertThat(i.status()).isEqualTo("investigating");
            assertThat(i.impact()).as("an empty <category> grades nothing").isNull();
            assertThat(i.started()).isEqualTo(Instant.parse("2022-06-09T14:00:00Z"));
        });
        History h = reader.readHistory(Fixtures.bytes(TOR_FEED), TOR);
        assertThat(h.incidents()).extracting(Incident::title, Incident::isActive).containsExactly(
                tuple("Network DDoS", true), tuple("[Resolved] routing issues at main provider", false),
                tuple("[Resolved] Disruption of Metrics website and relay search", false));
    }

    @Test
    void torDdosNeverMarkedResolvedGoesQuietAfterThreeDays() throws Exception {
        byte[] body = Fixtures.bytes(TOR_FEED);
        Instant posted = Instant.parse("2022-06-09T14:00:00Z");

        assertThat(reader.read(body, TOR, posted.plus(FeedRules.QUIET_INCIDENT)).status()).isEqualTo(Status.DEGRADED);
        Snapshot later = reader.read(body, TOR, posted.plus(FeedRules.QUIET_INCIDENT).plusSeconds(1));
        assertThat(later.status()).isEqualTo(Status.OPERATIONAL);
        assertThat(later.description()).isEqualTo("All Systems Operational");
        assertThat(later.incidents()).isEmpty();

        Snapshot months = reader.read(body, TOR, Instant.parse("2022-09-08T00:00:00Z"));
        assertThat(months.description()).isEqualTo("feed looks stale: newest entry 2022-06-09");
    }

    @Test
    void anEmptyFeedIsOperational() throws Exception {
        Snapshot s = reader.read(Fixtures.bytes("azure/feed-azure-2026-04-16-empty.rss"), RSS, NOW);
        assertThat(s.status()).isEqualTo(Status.OPERATIONAL);
        assertThat(s.description()).isEqualTo("All Systems Operational");
        assertThat(s.incidents()).isEmpty();
    }

    @Test
    void feedsAreReadAnewEachPollAsTheyAge() {
        assertThat(reader.readsByAge()).isTrue();
        assertThat(new AzureReader().readsByAge()).isTrue();
        assertThat(new StatuspageReader().readsByAge()).isFalse();
    }

    static Map<String, Incident> byId(History h) {
        return h.incidents().stream().collect(Collectors.toMap(Incident::id, Function.identity()));
    }

    /** Volcengine's Ark feed: both items closed by "(已恢复)" ("recovered") at the end of their titles. */
    @Test
    void volcengineItemsClosedByTheirChineseRecoveredMarkAreHistory() throws Exception {
        URI url = URI.create("https://status.volcengine.com/rss/zh/cn-beijing/ark");
        byte[] body = Fixtures.bytes("feed/feed-volcengine-modelark-cn-beijing-2025-09-18.rss");
        Snapshot s = reader.read(body, url, Instant.parse("2025-09-18T15:00:00Z")); // an hour after the newest item
        assertThat(s.status()).isEqualTo(Status.OPERATIONAL);
        assertThat(s.incidents()).isEmpty();
        History h = reader.readHistory(body, url);
        assertThat(h.incidents()).hasSize(2).allMatch(i -> "resolved".equals(i.status()));
        assertThat(h.incidents().get(0).resolved()).isEqualTo(Instant.parse("2025-09-18T14:20:00Z"));
    }

    /**
     * cState writes an issue's resolution time as its item's category (the Tor feed's resolved items carry one,
     * its open DDoS an empty one). The feeds below are written here to show the rule on its own: an item
     * titled without "[Resolved]" is closed by that time, but only in a feed cState generated.
     */
    @Test
    void aCstateItemWithAResolutionTimeAsItsCategoryIsClosed() throws Exception {
        String item = "<item><title>Routing issues at main provider</title><link>https://status.example.org/issues/x/</link>"
                + "<pubDate>Thu, 27 Jan 2022 16:00:00 +0000</pubDate><guid>https://status.example.org/issues/x/</guid>"
                + "<category>2022-01-27 18:58:00 &#43;0000</category><description>Down.</description></item>";
        String cstate = "<rss version=\"2.0\"><channel><title>Example status</title><link>https://status.example.org/</link>"
                + "<generator>github.com/cstate</generator>" + item + "</channel></rss>";
        String other = cstate.replace("<generator>github.com/cstate</generator>", "");
        Instant soon = Instant.parse("2022-01-27T20:00:00Z");
        URI url = URI.create("https://status.example.org/index.xml");

        assertThat(reader.read(cstate.getBytes(StandardCharsets.UTF_8), url, soon).status()).isEqualTo(Status.OPERATIONAL);
        assertThat(reader.read(other.getBytes(StandardCharsets.UTF_8), url, soon).status())
                .as("a date as a category says nothing in other feeds").isEqualTo(Status.DEGRADED);
        Snapshot tor = reader.read(Fixtures.bytes(TOR_FEED), TOR, Instant.parse("2022-06-09T15:00:00Z"));
        assertThat(tor.incidents()).extracting(Incident::title).containsExactly("Network DDoS");
    }
}
