package org.statustray.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.statustray.model.Impact;
import org.statustray.model.Incident;
import org.statustray.model.IncidentUpdate;
import org.statustray.model.Status;
import org.statustray.store.HistoryStore;

/**
 * {@code history --overlaps}: the spans when two or more services were down at once, newest first, in the
 * contract's JSON and as a table. The command reads the real clock, so the history is laid out around now.
 */
class HistoryOverlapsCommandTest {
    static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MINUTES);

    @TempDir
    Path dataDir;

    static Instant ago(Duration d) {
        return NOW.minus(d);
    }

    static Incident resolved(String id, String title, Instant start, Instant end) {
        return new Incident(id, title, "resolved", Impact.MAJOR, start, end, end, null,
                List.of(new IncidentUpdate(id + "-0", "investigating", start, start, "Investigating.")), List.of());
    }

    @BeforeEach
    void history() throws Exception {
        try (HistoryStore store = HistoryStore.open(dataDir)) {
            // Ten days ago, from the pages' histories: OpenAI and Anthropic at once.
            store.upsertIncidents("openai", List.of(resolved("o-old", "ChatGPT unavailable",
                    ago(Duration.ofDays(10)), ago(Duration.ofDays(10).minusHours(2)))));
            store.markBackfilled("openai", 1);
            store.upsertIncidents("anthropic", List.of(resolved("a-old", "Claude unavailable",
                    ago(Duration.ofDays(10).minusHours(1)), ago(Duration.ofDays(10).minusHours(3)))));
            store.markBackfilled("anthropic", 1);
            // Today, as StatusTray saw it: OpenAI and GitHub, then GitHub and Slack still.
            store.recordTransition("openai", null, Status.OPERATIONAL, Status.DEGRADED, ago(Duration.ofHours(3)));
            store.recordTransition("openai", null, Status.DEGRADED, Status.OPERATIONAL, ago(Duration.ofHours(2)));
            store.recordTransition("github", null, null, Status.PARTIAL_OUTAGE, ago(Duration.ofMinutes(150)));
            store.recordTransition("github", null, Status.PARTIAL_OUTAGE, Status.OPERATIONAL, ago(Duration.ofMinutes(135)));
            store.recordTransition("github", null, Status.OPERATIONAL, Status.DEGRADED, ago(Duration.ofMinutes(40)));
            store.recordTransition("slack", null, null, Status.MAJOR_OUTAGE, ago(Duration.ofMinutes(20)));
        }
    }

    @Test
    void jsonListsTheSpansNewestFirstInTheContractsShape() throws Exception {
        CliRun run = CliRun.of("history", "--overlaps", "--json", "--data-dir", dataDir.toString());

        assertThat(run.exit()).isZero();
        assertThat(run.err()).isEmpty();
        JsonNode all = new ObjectMapper().readTree(run.out());
        assertThat(all).hasSize(3);
        JsonNode ongoing = all.get(0);
        assertThat(ongoing.get("start").asText()).isEqualTo(ago(Duration.ofMinutes(20)).toString());
        assertThat(ongoing.get("end").isNull()).isTrue();
        assertThat(ongoing.get("services")).extracting(JsonNode::asText).containsExactly("github", "slack");
        assertThat(ongoing.get("incidents")).isEmpty();
        assertThat(all.get(1).get("start").asText()).isEqualTo(ago(Duration.ofMinutes(150)).toString());
        assertThat(all.get(1).get("end").asText()).isEqualTo(ago(Duration.ofMinutes(135)).toString());
        JsonNode old = all.get(2);
        assertThat(old.get("start").asText()).isEqualTo(ago(Duration.ofDays(10).minusHours(1)).toString());
        assertThat(old.get("end").asText()).isEqualTo(ago(Duration.ofDays(10).minusHours(2)).toString());
        assertThat(old.get("services")).extracting(JsonNode::asText).containsExactly("openai", "anthropic");
        assertThat(old.get("incidents")).hasSize(2);
        JsonNode first = old.get("incidents").get(0);
        assertThat(first.get("service").asText()).isEqualTo("openai");
        assertThat(first.get("id").asText()).isEqualTo("o-old");
        assertThat(first.get("title").asText()).isEqualTo("ChatGPT unavailable");
    }

    @Test
    void sinceAndServiceNarrowTheSpans() throws Exception {
        String since = ago(Duration.ofDays(1)).toString();

        CliRun recent = CliRun.of("history", "--overlaps", "--since", since, "--json", "--data-dir", dataDir.toString());
        CliRun slack = CliRun.of("history", "--overlaps", "--service", "slack", "--json", "--data-dir",
                dataDir.toString());

        assertThat(new ObjectMapper().readTree(recent.out())).hasSize(2);
        assertThat(new ObjectMapper().readTree(slack.out())).hasSize(1);
    }

    @Test
    void theTableShowsEachSpanThenItsIncidents() {
        CliRun run = CliRun.of("history", "--overlaps", "--data-dir", dataDir.toString());

        assertThat(run.exit()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(0)).startsWith("STARTED").contains("ENDED", "LASTED", "SERVICES");
        assertThat(lines.get(1)).contains("ongoing").endsWith("github, slack");
        assertThat(lines.get(2)).contains("15m").endsWith("openai, github");
        assertThat(lines.get(3)).contains("1h 00m").endsWith("openai, anthropic");
        assertThat(lines.subList(4, lines.size())).containsExactly("  openai: ChatGPT unavailable",
                "  anthropic: Claude unavailable");
    }

    @Test
    void noHistoryIsAnEmptyArrayOrASentence() {
        Path none = dataDir.resolve("nothing-here");

        assertThat(CliRun.of("history", "--overlaps", "--json", "--data-dir", none.toString()).out().trim())
                .isEqualTo("[]");
        assertThat(CliRun.of("history", "--overlaps", "--since", "2026-10-01", "--data-dir", none.toString()).out())
                .isEqualTo("no two services were down at once since 2026-10-01 00:00 UTC" + System.lineSeparator());
    }
}
