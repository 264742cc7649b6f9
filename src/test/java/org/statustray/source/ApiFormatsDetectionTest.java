package org.statustray.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.statustray.testing.Fixtures;

/**
 * Auto-detection relies on each reader refusing what is not its own: every recorded payload here is read
 * by exactly the readers of its own format among aws-health, statusio, cachet, instatus, cstate and betterstack.
 */
class ApiFormatsDetectionTest {
    static final List<StatusReader> READERS =
            List.of(new AwsHealthReader(), new StatusioReader(), new CachetReader(), new InstatusReader(),
                    new CstateReader(), new BetterStackReader());

    @ParameterizedTest
    @CsvSource({
        "aws/data-json-aws-2022-07.json, aws-health",
        "statusio/status-gitlab-2023-06-29-upcoming-maintenance.json, statusio",
        "statusio/status-docs-example-operational.json, statusio",
        "cachet/components-yoti-2020-10.json, cachet",
        "instatus/summary-instatus-docs-example.json, instatus",
        "cstate/index-torproject-2025-05-01-all-ok-summary-disrupted.json, cstate",
        "cstate/index-torproject-2025-05-01-disrupted-issues-edited-in-source.json, cstate",
        "cstate/index-schullogin-2025-09-minified-trimmed.json, cstate",
        "cstate/index-docs-example-cstate4-api1.json, cstate",
        "betterstack/index-betterstack-2026-09-07-trimmed.json, betterstack",
        "statuspage/summary-githubstatus-2019-05-10.json, ''",
        "statuspage/summary-githubstatus-2022-11-25-packages-incident.json, ''",
        "statuspage/status-githubstatus-2019-05-09.json, ''",
        "statuspage/components-githubstatus-2019-05-10.json, ''",
        "statuspage/incidents-emma-2019-02-21-america-chicago.json, ''",
        "statuspage/scheduled-maintenances-claude-2026-09-15.json, ''",
        "incidentio/summary-openai-v2compat-2026-07-09-operational.json, ''",
        "incidentio/widget-summary-neon-docs-example.json, ''",
        "gcp/incidents-gcp-2022-07-01.json, ''",
        "slack/history-v2-slack-2019-08.json, ''"})
    void onlyTheRightReaderAcceptsAPayload(String fixture, String format) {
        byte[] body = Fixtures.bytes(fixture);
        List<String> accepted = new ArrayList<>();
        for (StatusReader reader : READERS) {
            try {
                reader.read(body, URI.create("https://example.test/"), Instant.EPOCH);
                accepted.add(reader.format());
            } catch (UnreadableException e) {
                assertThat(e.getMessage()).isNotBlank().doesNotContain("\n");
            }
        }
        assertThat(accepted).isEqualTo(format.isEmpty() ? List.of() : List.of(format));
    }
}
