package org.statustray.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SnapshotWatchingTest {
    static Snapshot page(Component... components) {
        return new Snapshot("P", "http://p", "statuspage", Instant.EPOCH, Status.DEGRADED, "Minor", List.of(components),
                true, List.of(), List.of());
    }

    @Test
    void namesResolveToIdsAndIdsSurviveARename() {
        Snapshot before = page(new Component("c1", "console.anthropic.com", null, Status.OPERATIONAL),
                new Component("c2", "claude.ai", null, Status.OPERATIONAL));
        Set<String> watched = before.resolve(List.of("console.anthropic.com"));
        assertThat(watched).containsExactly("c1");

        Snapshot renamed = page(new Component("c1", "Claude Console (platform.claude.com)", null, Status.MAJOR_OUTAGE),
                new Component("c2", "claude.ai", null, Status.OPERATIONAL));
        assertThat(renamed.watchingIds(watched).status()).isEqualTo(Status.MAJOR_OUTAGE);
        assertThat(renamed.watchingIds(watched).description()).isEqualTo("Major Outage: Claude Console (platform.claude.com)");
    }

    @Test
    void aBareNameMatchesEveryComponentSoNamedAcrossGroups() {
        Snapshot s = page(new Component("a", "Frankfurt", "Europe", Status.OPERATIONAL),
                new Component("b", "Frankfurt", "Backups", Status.PARTIAL_OUTAGE),
                new Component("c", "Ohio", "America", Status.MAJOR_OUTAGE));
        assertThat(s.resolve(List.of("frankfurt"))).containsExactly("a", "b");
        assertThat(s.watching(List.of("Frankfurt")).status()).isEqualTo(Status.PARTIAL_OUTAGE);
        assertThat(s.watching(List.of("Europe / Frankfurt")).status()).isEqualTo(Status.OPERATIONAL);
        assertThat(s.watching(List.of("America")).status()).isEqualTo(Status.MAJOR_OUTAGE);
        assertThat(s.explainUnmatched(List.of("Frankfrut"))).isEqualTo(
                "no component named 'Frankfrut' (did you mean Europe / Frankfurt, Backups / Frankfurt?) on this page");
    }
}
