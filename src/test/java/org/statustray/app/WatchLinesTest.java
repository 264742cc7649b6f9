package org.statustray.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.statustray.model.Notice;
import org.statustray.model.Status;

/** What {@code watch} prints of a page's links: only what the app would open, as {@code check} does. */
class WatchLinesTest {
    @Test
    void aLinkThatIsNotAWebPageIsPrintedAsNull() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WatchLines lines = new WatchLines(new PrintStream(out, true, StandardCharsets.UTF_8));
        Instant at = Instant.parse("2026-11-30T10:00:00Z");

        lines.notice(new Notice("k1", "gh", "GitHub: degraded", "", Status.DEGRADED, Notice.Urgency.NORMAL, "t",
                "javascript:alert(1)/incidents/ljwdk6qml8z8", at));
        lines.notice(new Notice("k2", "gh", "GitHub: degraded", "", Status.DEGRADED, Notice.Urgency.NORMAL, "t",
                "https://stspg.io/33vh8r7z43kh", at));

        assertThat(out.toString(StandardCharsets.UTF_8).lines())
                .anySatisfy(l -> assertThat(l).contains("\"url\":null"))
                .anySatisfy(l -> assertThat(l).contains("\"url\":\"https://stspg.io/33vh8r7z43kh\""))
                .noneSatisfy(l -> assertThat(l).contains("javascript"));
    }
}
