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
import org.statustray.model.History;
import org.statustray.model.Impact;
import org.statustray.model.Snapshot;
import org.statustray.model.Status;
import org.statustray.testing.Fixtures;

/** Slack Status API rules the recorded payloads do not show, as the smallest payloads that have them. */
class SlackQuirksTest {
    static final URI URL = URI.create("http://127.0.0.1/api/v2.0.0/current");
    final SlackReader reader = new SlackReader();

    static byte[] json(String s) {
        return s.replace('\'', '"').getBytes(StandardCharsets.UTF_8);
    }

    Snapshot read(String s) throws UnreadableException {
        return reader.read(json(s), URL, Instant.EPOCH);
    }

    static String item(String id, String type, String status, String services) {
        return "{'id':" + id + ",'date_created':'2026-01-05T10:00:00-08:00','date_updated':'2026-01-05T10:30:00-08:00',"
                + "'title':'T" + id.replace("'", "") + "','type':'" + type + "','status':'" + status + "','url':'https:\\/\\/status.slack.com\\/x',"
                + "'services':" + services + ",'notes':[{'date_created':'2026-01-05T10:30:00-08:00','body':'Later.\\r\\nMore.'},"
                + "{'date_created':'2026-01-05T10:00:00-08:00','body':'First.'}]}";
    }

    @Test
    void theWorstActiveItemDecidesAndEachServiceTakesItsWorstItem() throws Exception {
        Snapshot s = read("{'status':'active','date_created':'2026-01-05T10:30:00-08:00','active_incidents':["
                + item("'546'", "notice", "active", "['Messaging','Search']") + ","
                + item("547", "outage", "active", "['Messaging']") + "]}");

        assertThat(s.status()).isEqualTo(Status.MAJOR_OUTAGE);
        assertThat(s.description()).isEqualTo("Major Outage");
        assertThat(s.components()).extracting(Component::id, Component::status).containsExactly(
                tuple("Messaging", Status.MAJOR_OUTAGE), tuple("Search", Status.DEGRADED));
        assertThat(s.incidents()).extracting(i -> i.id()).as("string id as in the docs").contains("546", "547");
        assertThat(s.incidents().get(0).url()).as("escaped slashes").isEqualTo("https://status.slack.com/x");
        assertThat(s.incidents().get(0).started()).isEqualTo(Instant.parse("2026-01-05T18:00:00Z"));
        assertThat(s.incidents().get(0).updates()).extracting(u -> u.body()).containsExactly("First.", "Later.\nMore.");
    }

    @Test
    void activeItemsCountEvenWhenTheWordIsOkAndResolvedItemsDoNot() throws Exception {
        Snapshot s = read("{'status':'ok','active_incidents':[" + item("1", "incident", "active", "['Calls']") + ","
                + item("2", "outage", "resolved", "['Files']") + "]}");

        assertThat(s.status()).isEqualTo(Status.PARTIAL_OUTAGE);
        assertThat(s.incidents()).singleElement().satisfies(i -> {
            assertThat(i.status()).isEqualTo("active");
            assertThat(i.impact()).isEqualTo(Impact.MAJOR);
        });
        assertThat(s.components()).extracting(Component::id).containsExactly("Calls");
    }

    @Test
    void activeWithNothingReadableIsDegradedNotAllClear() throws Exception {
        assertThat(read("{'status':'active','active_incidents':[]}").status()).isEqualTo(Status.DEGRADED);
        assertThat(read("{'status':'active','date_created':'2026-01-05T10:00:00-08:00'}").status()).isEqualTo(Status.DEGRADED);
        assertThat(read("{'status':'ok','date_updated':'2026-01-05T10:00:00-08:00'}").status()).isEqualTo(Status.OPERATIONAL);
    }

    @Test
    void maintenanceItemsAreMaintenancesNotIncidents() throws Exception {
        Snapshot s = read("{'status':'active','active_incidents':["
                + item("10", "maintenance", "scheduled", "['Huddles']") + ","
                + item("11", "maintenance", "active", "['Canvases']") + ","
                + item("12", "incident", "completed", "['Files']") + ","
                + item("13", "maintenance", "cancelled", "['Files']") + "]}");

        assertThat(s.incidents()).isEmpty();
        assertThat(s.maintenances()).extracting(m -> m.id() + ":" + m.status())
                .containsExactlyInAnyOrder("10:scheduled", "11:in_progress");
        assertThat(s.components()).as("only work under way marks a service")
                .extracting(Component::id, Component::status).containsExactly(tuple("Canvases", Status.MAINTENANCE));
        assertThat(s.status()).isEqualTo(Status.MAINTENANCE);

        History h = reader.readHistory(json("[" + item("12", "incident", "completed", "[]") + ","
                + item("14", "incident", "resolved", "[]") + "]"), URL);
        assertThat(h.maintenances()).singleElement().satisfies(m -> {
            assertThat(m.status()).isEqualTo("completed");
            assertThat(m.ends()).isEqualTo(Instant.parse("2026-01-05T18:30:00Z"));
        });
        assertThat(h.incidents()).extracting(i -> i.id()).containsExactly("14");
    }

    @Test
    void unknownWordsAreGuessedNeverThrown() throws Exception {
        Snapshot s = read("{'status':'active','active_incidents':["
                + item("1", "sparkle", "monitoring", "['A']") + "," + item("2", "partial_disruption", "active", "['B']") + "]}");

        assertThat(s.incidents()).extracting(i -> i.id(), i -> i.status(), i -> i.impact()).containsExactlyInAnyOrder(
                tuple("1", "monitoring", null), tuple("2", "active", Impact.MAJOR));
        assertThat(s.components()).extracting(Component::id, Component::status).containsExactly(
                tuple("A", Status.DEGRADED), tuple("B", Status.PARTIAL_OUTAGE));
        assertThat(read("{'status':'major outage','active_incidents':null}").status()).isEqualTo(Status.MAJOR_OUTAGE);
    }

    @Test
    void nullsAndWrongTypesInsideAnItemReadAsAbsent() throws Exception {
        Snapshot s = read("{'status':'active','active_incidents':[{'id':null,'title':5,'type':['x'],'status':null,"
                + "'date_created':'yesterday','services':'Messaging','notes':[{'body':null},{'date_created':3,'body':42},7]},"
                + "{'services':[null,'',' Search ',{'a':1}],'notes':null},'junk',null]}");

        assertThat(s.incidents()).hasSize(2).allMatch(i -> i.status().equals("active") && i.impact() == null);
        assertThat(s.incidents()).extracting(i -> i.title()).containsExactlyInAnyOrder("5", "Untitled incident");
        assertThat(s.incidents()).flatExtracting(i -> i.updates()).extracting(u -> u.body()).containsExactlyInAnyOrder("", "42");
        assertThat(s.components()).extracting(Component::id).containsExactly("Search");
        assertThat(s.status()).isEqualTo(Status.DEGRADED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"statuspage/summary-githubstatus-2019-05-10.json", "statuspage/status-githubstatus-2019-05-09.json",
        "statuspage/incidents-githubstatus-2024-09-17-trimmed.json", "incidentio/widget-summary-neon-docs-example.json",
        "gcp/incidents-gcp-2022-07-01.json", "slack/history-v2-slack-2019-08.json"})
    void otherFormatsAndTheHistoryArrayAreNotACurrentResponse(String fixture) {
        assertThatThrownBy(() -> reader.read(Fixtures.bytes(fixture), URL, Instant.EPOCH))
                .isInstanceOf(UnreadableException.class).hasMessageStartingWith("not a Slack current-status response");
    }

    @ParameterizedTest
    @ValueSource(strings = {"[]", "{}", "{'status':'ok'}", "{'status':{'indicator':'none'}}", "{'status':5,'active_incidents':[]}",
        "{'status':'fine','date_created':'2026-01-01T00:00:00Z'}", "'ok'", "42"})
    void wrongShapesAreNotACurrentResponse(String body) {
        assertThatThrownBy(() -> read(body)).isInstanceOf(UnreadableException.class)
                .hasMessageStartingWith("not a Slack current-status response");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "<html><body>Slack is down</body></html>", "{'status':'ok','active_incidents':[", "\uFEFF  "})
    void notJsonIsUnreadableWithOneLine(String body) {
        assertThatThrownBy(() -> read(body)).isInstanceOf(UnreadableException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n").isNotBlank());
    }

    @Test
    void historyWantsAnArrayOfSlackItems() throws Exception {
        assertThat(reader.readHistory(json("[]"), URL).incidents()).isEmpty();
        assertThatThrownBy(() -> reader.readHistory(Fixtures.bytes("slack/current-v2-ok-docs-example.json"), URL))
                .hasMessage("not a Slack status history: expected a JSON array of incidents");
        assertThatThrownBy(() -> reader.readHistory(Fixtures.bytes("gcp/incidents-gcp-2022-07-01.json"), URL))
                .hasMessageStartingWith("not a Slack status history: no item");
        assertThatThrownBy(() -> reader.readHistory(json("[1,'a',null,{}]"), URL))
                .isInstanceOf(UnreadableException.class);
    }
}
