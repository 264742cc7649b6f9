package org.statustray.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.statustray.model.History;
import org.statustray.model.Incident;
import org.statustray.model.IncidentUpdate;
import org.statustray.model.Snapshot;
import org.statustray.model.Status;
import org.statustray.source.time.PostTimes;
import org.statustray.testing.Fixtures;

/** Feed rules the recorded history feeds do not show: active entries, maintenances, plain feeds, junk. */
class FeedQuirksTest {
    static final URI URL = URI.create("https://status.example.com/history.rss");
    final FeedReader reader = new FeedReader();

    static String post(String month, String day, String time, String label, String text) {
        return "&lt;p&gt;&lt;small&gt;" + month + " &lt;var data-var='date'&gt;" + day + "&lt;/var&gt;, &lt;var data-var='time'&gt;"
                + time + "&lt;/var&gt; UTC&lt;/small&gt;&lt;br&gt;&lt;strong&gt;" + label + "&lt;/strong&gt; - " + text + "&lt;/p&gt;";
    }

    static String rss(String items) {
        return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Acme Status - Incident History</title>"
                + "<link>https://status.example.com</link>" + items + "</channel></rss>";
    }

    static String item(String guid, String title, String pubDate, String description) {
        return "<item><title>" + title + "</title><description>" + description + "</description><pubDate>" + pubDate
                + "</pubDate><link>https://status.example.com/incidents/" + guid + "</link><guid>" + guid + "</guid></item>";
    }

    Snapshot read(String xml) throws UnreadableException {
        return reader.read(xml.getBytes(StandardCharsets.UTF_8), URL, Instant.EPOCH);
    }

    @Test
    void newestLabelInvestigatingIsAnActiveIncidentAndTheFeedIsDegraded() throws Exception {
        Snapshot s = read(rss(item("new", "API errors", "Tue, 10 Mar 2026 09:05:00 +0000",
                post("Mar", "10", "09:05", "Investigating", "We are looking into API errors."))
                + item("old", "Old", "Mon, 09 Mar 2026 09:00:00 +0000", post("Mar", " 9", "09:00", "Resolved", "Fixed."))));

        assertThat(s.status()).isEqualTo(Status.DEGRADED);
        assertThat(s.description()).isEqualTo("Degraded Performance");
        assertThat(s.service()).isEqualTo("Acme Status");
        assertThat(s.incidents()).singleElement().satisfies(i -> {
            assertThat(i.id()).isEqualTo("new");
            assertThat(i.status()).isEqualTo("investigating");
            assertThat(i.impact()).isNull();
            assertThat(i.isActive()).isTrue();
            assertThat(i.started()).isEqualTo(Instant.parse("2026-03-10T09:05:00Z"));
            assertThat(i.updates()).singleElement().extracting(IncidentUpdate::body).isEqualTo("We are looking into API errors.");
        });
    }

    @Test
    void anUpdateLabelKeepsThePreviousPhase() throws Exception {
        Snapshot s = read(rss(item("a", "A", "Tue, 10 Mar 2026 10:00:00 +0000",
                post("Mar", "10", "10:00", "Update", "Still on it.") + post("Mar", "10", "09:30", "Identified", "Found it.")
                        + post("Mar", "10", "09:00", "Investigating", "Looking."))
                + item("b", "B", "Tue, 10 Mar 2026 10:00:00 +0000",
                post("Mar", "10", "10:00", "Update", "Postmortem attached.") + post("Mar", "10", "09:30", "Resolved", "Fixed."))));

        assertThat(s.incidents()).singleElement().satisfies(i -> {
            assertThat(i.id()).isEqualTo("a");
            assertThat(i.status()).isEqualTo("identified");
            assertThat(i.updates()).extracting(IncidentUpdate::status).containsExactly("investigating", "identified", "update");
        });
        Incident b = reader.readHistory(rss(item("b", "B", "Tue, 10 Mar 2026 10:00:00 +0000",
                post("Mar", "10", "10:00", "Update", "Postmortem attached.") + post("Mar", "10", "09:30", "Resolved", "Fixed.")))
                .getBytes(StandardCharsets.UTF_8), URL).incidents().get(0);
        assertThat(b.status()).isEqualTo("resolved");
        assertThat(b.resolved()).isEqualTo(Instant.parse("2026-03-10T10:00:00Z"));
    }

    @Test
    void postsWithoutAYearLandInTheYearNearestTheEntryDate() throws Exception {
        History h = reader.readHistory(rss(item("y", "New year", "Thu, 01 Jan 2026 00:30:00 +0000",
                post("Jan", " 1", "00:30", "Resolved", "Fixed.") + post("Dec", "31", "23:50", "Investigating", "Looking.")))
                .getBytes(StandardCharsets.UTF_8), URL);

        assertThat(h.incidents().get(0).updates()).extracting(IncidentUpdate::at)
                .containsExactly(Instant.parse("2025-12-31T23:50:00Z"), Instant.parse("2026-01-01T00:30:00Z"));
        assertThat(PostTimes.when("Jan 2, 08:00 UTC", Instant.parse("2025-12-30T00:00:00Z")))
                .as("an update after a December entry date").isEqualTo(Instant.parse("2026-01-02T08:00:00Z"));
        assertThat(PostTimes.when("Jun  5, 01:40:38 GMT+0", Instant.parse("2026-06-04T21:10:00Z")))
                .as("Instatus form").isEqualTo(Instant.parse("2026-06-05T01:40:38Z"));
        assertThat(PostTimes.when("Feb 29, 10:00 UTC", Instant.parse("2025-03-01T00:00:00Z")))
                .as("only 2024 has the day").isEqualTo(Instant.parse("2024-02-29T10:00:00Z"));
        assertThat(PostTimes.when("Mar 9, 17:58 UTC", null)).isNull();
        assertThat(PostTimes.when("sometime", Instant.EPOCH)).isNull();
    }

    @Test
    void maintenanceEntriesAreMaintenances() throws Exception {
        Snapshot s = read(rss(item("m", "Database upgrade", "Tue, 10 Mar 2026 10:00:00 +0000",
                post("Mar", "10", "10:00", "In progress", "Under way.") + post("Mar", " 3", "09:00", "Scheduled", "Planned."))));

        assertThat(s.incidents()).isEmpty();
        assertThat(s.status()).isEqualTo(Status.MAINTENANCE);
        assertThat(s.maintenances()).singleElement().satisfies(m -> {
            assertThat(m.status()).isEqualTo("in_progress");
            assertThat(m.starts()).isEqualTo(Instant.parse("2026-03-10T10:00:00Z"));
            assertThat(m.ends()).isNull();
            assertThat(m.updates()).extracting(IncidentUpdate::status).containsExactly("scheduled", "in_progress");
        });
    }

    @Test
    void instatusAtomMaintenanceIdAndCompletedMaintenanceIsHistoryOnly() throws Exception {
        String atom = "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Acme</title>"
                + "<entry><id>tag:acme.instatus.com,2005:Maintenance/cm1</id><title>Upgrade</title>"
                + "<published>2026-06-04T21:10:00.000+00:00</published><updated>2026-06-05T01:40:38.000+00:00</updated>"
                + "<link href=\"/maintenance/cm1\"/><content type=\"html\">&lt;p&gt;&lt;small&gt;Jun  5, 01:40:38 GMT+0&lt;/small&gt;"
                + "&lt;br&gt;&lt;strong&gt;Completed&lt;/strong&gt; - Done.&lt;/p&gt;</content></entry></feed>";
        byte[] body = atom.getBytes(StandardCharsets.UTF_8);
        URI url = URI.create("https://acme.instatus.com/history.atom");

        assertThat(reader.read(body, url, Instant.EPOCH).maintenances()).isEmpty();
        History h = reader.readHistory(body, url);
        assertThat(h.incidents()).isEmpty();
        assertThat(h.maintenances()).singleElement().satisfies(m -> {
            assertThat(m.status()).isEqualTo("completed");
            assertThat(m.ends()).isEqualTo(Instant.parse("2026-06-05T01:40:38Z"));
            assertThat(m.url()).as("relative link resolved").isEqualTo("https://acme.instatus.com/maintenance/cm1");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"[RESOLVED] API errors", "Resolved: API errors", "API errors [Resolved]", "Completed - upgrade"})
    void plainFeedsSayResolvedInTheTitle(String title) throws Exception {
        Snapshot s = read(rss(item("g", title, "Tue, 10 Mar 2026 10:00:00 GMT", "Errors were elevated.")));
        assertThat(s.incidents()).isEmpty();
        assertThat(s.status()).isEqualTo(Status.OPERATIONAL);
    }

    @Test
    void plainFeedEntriesAreActiveWithTheirTextAsTheOneUpdate() throws Exception {
        Snapshot s = read(rss(item("g", "Elevated errors", "Tue, 10 Mar 2026 10:00:00 EST",
                "&lt;p&gt;Errors &amp;amp; timeouts&lt;br/&gt;in EU&lt;/p&gt;")
                + item("h", "Login issue", "Tue, 10 Mar 2026 11:00:00 EST", "Resolved: logins work again.")));

        assertThat(s.incidents()).singleElement().satisfies(i -> {
            assertThat(i.status()).isEqualTo("investigating");
            assertThat(i.started()).isEqualTo(Instant.parse("2026-03-10T15:00:00Z"));
            assertThat(i.updates()).singleElement().satisfies(u -> {
                assertThat(u.body()).isEqualTo("Errors & timeouts\nin EU");
                assertThat(u.at()).isEqualTo(Instant.parse("2026-03-10T15:00:00Z"));
            });
        });
    }

    @Test
    void missingFieldsAndOddDatesReadAsAbsent() throws Exception {
        Snapshot s = read(rss("<item><description>Something is wrong</description><pubDate>someday</pubDate></item>"
                + "<item/>"));

        assertThat(s.incidents()).hasSize(2).allSatisfy(i -> {
            assertThat(i.title()).isEqualTo("Untitled incident");
            assertThat(i.id()).startsWith("entry-");
            assertThat(i.started()).isNull();
            assertThat(i.url()).isNull();
        });
        assertThat(s.status()).isEqualTo(Status.DEGRADED);
    }

    @Test
    void atomTextConstructsAndXhtmlContentBecomePlainText() throws Exception {
        Snapshot s = read("<feed xmlns=\"http://www.w3.org/2005/Atom\"><title type=\"html\">A &amp;amp; B</title>"
                + "<entry><id>e1</id><title type=\"html\">&lt;b&gt;Slow&lt;/b&gt; API</title><updated>2026-01-01T00:00:00Z</updated>"
                + "<link rel=\"self\" href=\"https://x/self\"/><link rel=\"alternate\" href=\"https://x/e1\"/>"
                + "<content type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\">One <b>two</b></div></content></entry></feed>");

        assertThat(s.service()).isEqualTo("A & B");
        assertThat(s.incidents()).singleElement().satisfies(i -> {
            assertThat(i.title()).isEqualTo("Slow API");
            assertThat(i.url()).isEqualTo("https://x/e1");
            assertThat(i.started()).as("no published: updated").isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
            assertThat(i.updates()).singleElement().extracting(IncidentUpdate::body).isEqualTo("One two");
        });
    }

    @Test
    void otherFormatsAreNotFeeds() {
        for (String json : new String[] {"statuspage/summary-githubstatus-2019-05-10.json",
            "incidentio/widget-summary-neon-docs-example.json"}) {
            assertThatThrownBy(() -> reader.read(Fixtures.bytes(json), URL, Instant.EPOCH))
                    .isInstanceOf(UnreadableException.class).hasMessage("the server sent JSON, not an XML feed");
        }
        assertThatThrownBy(() -> read("<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\"><body/></html>"))
                .hasMessage("not an RSS or Atom feed: the document is <html>");
        assertThatThrownBy(() -> read("<rss version=\"2.0\"><channel><title>x</title></channel>"))
                .hasMessageStartingWith("the response is not well-formed XML");
    }
}
