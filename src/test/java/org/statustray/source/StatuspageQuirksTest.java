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
import org.junit.jupiter.params.provider.ValueSource;
import org.statustray.model.Component;
import org.statustray.model.Impact;
import org.statustray.model.Snapshot;
import org.statustray.model.Status;

/**
 * Format rules of the Statuspage v2 API that the recorded payloads do not happen to show (groups,
 * wrong types, new enum values), written as the smallest payloads that have them.
 */
class StatuspageQuirksTest {
    static final URI URL = URI.create("http://127.0.0.1/api/v2/summary.json");
    final StatuspageReader reader = new StatuspageReader();

    Snapshot read(String json) throws UnreadableException {
        return reader.read(json.replace('\'', '"').getBytes(StandardCharsets.UTF_8), URL, Instant.EPOCH);
    }

    @Test
    void groupsAreNotListedAndChildrenCarryTheGroupName() throws Exception {
        Snapshot s = read("{'components':["
                + "{'id':'g1','name':'Europe','status':'partial_outage','group':true,'group_id':null},"
                + "{'id':'g2','name':'America','status':'operational','group':true,'group_id':null},"
                + "{'id':'a','name':'Frankfurt','status':'partial_outage','group':false,'group_id':'g1'},"
                + "{'id':'b','name':'Frankfurt','status':'operational','group':false,'group_id':'g2'},"
                + "{'id':'c','name':'API','status':'degraded_performance','group':false,'group_id':null}]}");

        assertThat(s.components()).extracting(Component::id, Component::group, Component::displayName)
                .containsExactly(tuple("a", "Europe", "Europe / Frankfurt"), tuple("b", "America", "America / Frankfurt"),
                        tuple("c", null, "API"));
        assertThat(s.status()).as("worst leaf without an indicator").isEqualTo(Status.PARTIAL_OUTAGE);
        assertThat(s.matching("Frankfurt")).extracting(Component::id).containsExactly("a", "b");
        assertThat(s.matching("America / Frankfurt")).extracting(Component::id).containsExactly("b");
        assertThat(s.watching(List.of("America")).status()).isEqualTo(Status.OPERATIONAL);
        assertThat(s.watching(List.of("Frankfurt")).status()).isEqualTo(Status.PARTIAL_OUTAGE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"null", "'[]'", "[]", "[30, 60]", "'30'"})
    void reminderIntervalsInAnyShapeAreIgnored(String value) throws Exception {
        Snapshot s = read("{'status':{'indicator':'major','description':'Partial System Outage'},"
                + "'incidents':[{'id':'i','name':'Down','status':'identified','impact':'major',"
                + "'reminder_intervals':" + value + ",'created_at':'2026-01-01T10:00:00Z','incident_updates':null}]}");

        assertThat(s.status()).isEqualTo(Status.PARTIAL_OUTAGE);
        assertThat(s.incidents()).singleElement().satisfies(i -> {
            assertThat(i.status()).isEqualTo("identified");
            assertThat(i.updates()).isEmpty();
            assertThat(i.started()).isEqualTo(Instant.parse("2026-01-01T10:00:00Z"));
        });
    }

    @Test
    void nullArraysAndMissingKeysReadAsEmpty() throws Exception {
        Snapshot s = read("{'page':{'name':'P'},'status':{'indicator':'none'},'components':null,"
                + "'incidents':null,'scheduled_maintenances':null}");

        assertThat(s.components()).isEmpty();
        assertThat(s.incidents()).isEmpty();
        assertThat(s.maintenances()).isEmpty();
        assertThat(s.description()).as("no description given").isEqualTo("All Systems Operational");
    }

    @Test
    void unknownWordsMapToSensibleStatusesNeverExceptions() throws Exception {
        Snapshot s = read("{'status':{'indicator':'catastrophic'},'components':["
                + "{'id':'a','name':'A','status':'degraded'},{'id':'b','name':'B','status':'sparkly'},"
                + "{'id':'c','name':'C','status':'major_outage'},{'id':'d','name':'D','status':null}],"
                + "'incidents':[{'id':'i','name':'X','status':'escalated','impact':'apocalyptic'}]}");

        assertThat(s.components()).extracting(Component::status)
                .containsExactly(Status.DEGRADED, Status.UNKNOWN, Status.MAJOR_OUTAGE, Status.UNKNOWN);
        assertThat(s.status()).as("unknown indicator falls back to the components").isEqualTo(Status.MAJOR_OUTAGE);
        assertThat(s.incidents()).singleElement().satisfies(i -> {
            assertThat(i.status()).isEqualTo("escalated");
            assertThat(i.impact()).isNull();
        });
    }

    @Test
    void maintenanceIndicatorAndInProgressMaintenance() throws Exception {
        Snapshot s = read("{'status':{'indicator':'maintenance','description':'System Maintenance'},"
                + "'components':[{'id':'a','name':'A','status':'under_maintenance'}],'scheduled_maintenances':["
                + "{'id':'m2','name':'Later','status':'scheduled','impact':'maintenance','scheduled_for':'2026-02-01T00:00:00+0000'},"
                + "{'id':'m1','name':'Now','status':'in_progress','impact':'maintenance','scheduled_for':'2026-01-01T00:00:00.000Z',"
                + "'scheduled_until':'2026-01-01T02:00:00Z'},{'id':'m0','name':'Old','status':'completed'}]}");

        assertThat(s.status()).isEqualTo(Status.MAINTENANCE);
        assertThat(s.components().get(0).status()).isEqualTo(Status.MAINTENANCE);
        assertThat(s.maintenances()).extracting(m -> m.id() + ":" + m.status())
                .containsExactly("m1:in_progress", "m2:scheduled");
        assertThat(s.maintenances().get(1).starts()).isEqualTo(Instant.parse("2026-02-01T00:00:00Z"));
    }

    @Test
    void withoutIndicatorOrComponentsTheActiveIncidentsDecide() throws Exception {
        Snapshot s = read("{'incidents':[{'id':'a','name':'A','status':'investigating','impact':'critical'},"
                + "{'id':'b','name':'B','status':'resolved','impact':'critical'}]}");
        assertThat(s.status()).isEqualTo(Status.MAJOR_OUTAGE);
        assertThat(s.incidents()).singleElement().extracting(i -> i.impact()).isEqualTo(Impact.CRITICAL);
    }

    @Test
    void wrongTypesAreNotAStatuspageResponse() {
        assertThatThrownBy(() -> read("{'page':'x','status':5,'components':'y'}"))
                .isInstanceOf(UnreadableException.class).hasMessageContaining("not a Statuspage API response");
        assertThatThrownBy(() -> read("[1,2,3]"))
                .isInstanceOf(UnreadableException.class).hasMessageContaining("expected a JSON object");
    }

    @Test
    void anInstatusSummaryIsNotStatuspage() {
        assertThatThrownBy(() -> reader.read(org.statustray.testing.Fixtures.bytes("instatus/summary-instatus-docs-example.json"),
                URL, Instant.EPOCH)).isInstanceOf(UnreadableException.class).hasMessageContaining("not a Statuspage API response");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   \n", "<!DOCTYPE html><html><body>Sign in to Wi-Fi</body></html>",
        "{'page':{'name':'Cut", "{\"a\": tru", "\uFEFF"})
    void notJsonIsUnreadableWithAOneLineReason(String body) {
        assertThatThrownBy(() -> read(body))
                .isInstanceOf(UnreadableException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n").isNotBlank());
    }

    @Test
    void htmlGetsAClearReason() {
        assertThatThrownBy(() -> read("\n  <html><head><title>Login</title></head></html>"))
                .hasMessage("the server sent an HTML or XML page, not JSON");
    }

    @Test
    void deeplyNestedJsonIsUnreadable() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        assertThatThrownBy(() -> read(deep)).isInstanceOf(UnreadableException.class)
                .hasMessageContaining("nested");
    }
}
