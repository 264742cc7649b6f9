package org.statustray.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.statustray.fetch.FailureKind;
import org.statustray.fetch.PageResult;
import org.statustray.model.Notice;
import org.statustray.model.PageTrouble;
import org.statustray.model.ProbeFailure;
import org.statustray.model.ProbeResult;
import org.statustray.model.ProbeTimes;
import org.statustray.model.ServiceConfig;
import org.statustray.model.Status;
import org.statustray.watch.PollResult;
import org.statustray.watch.ProbeReport;

/** What {@code watch} prints: links only as the app would open them, a notice's cause and company, probes. */
class WatchLinesTest {
    @Test
    void aNotificationSaysWhatItStemsFromAndWhichOtherServicesAreInTroubleAndAProbeIsOneLine() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WatchLines lines = new WatchLines(new PrintStream(out, true, StandardCharsets.UTF_8));
        Instant at = Instant.parse("2026-11-30T10:00:00Z");
        ServiceConfig openai = new ServiceConfig("openai", "OpenAI API", "https://status.openai.com", "statuspage",
                List.of(), null, false, false, false);

        lines.notice(new Notice("k1", "openai", "OpenAI API not answering from here for 3 min", "", Status.DEGRADED,
                Notice.Urgency.NORMAL, "openai|probe", null, at, Notice.Cause.PROBE), List.of("gh", "slack"));
        lines.notice(new Notice("k2", null, "You seem to be offline", "", Status.UNKNOWN, Notice.Urgency.LOW,
                "network", null, at, Notice.Cause.NETWORK), List.of());
        lines.probe(new ProbeReport(openai, new ProbeResult("https://api.openai.com/v1/models", true, 401,
                new ProbeTimes(4L, 21L, 38L, 112L, 115), null, null, at)));
        lines.probe(new ProbeReport(openai, new ProbeResult("https://api.openai.com/v1/models", false, null,
                new ProbeTimes(null, null, null, null, 3), ProbeFailure.DNS, "no such host", at)));

        assertThat(out.toString(StandardCharsets.UTF_8).lines()).containsExactly(
                "{\"kind\":\"notification\",\"service\":\"openai\",\"title\":\"OpenAI API not answering from here"
                        + " for 3 min\",\"body\":\"\",\"status\":\"degraded\",\"urgency\":\"normal\",\"url\":null,"
                        + "\"at\":\"" + at + "\",\"cause\":\"probe\",\"concurrent\":[\"gh\",\"slack\"]}",
                "{\"kind\":\"notification\",\"service\":null,\"title\":\"You seem to be offline\",\"body\":\"\","
                        + "\"status\":\"unknown\",\"urgency\":\"low\",\"url\":null,\"at\":\"" + at
                        + "\",\"cause\":\"network\",\"concurrent\":[]}",
                "{\"kind\":\"probe\",\"service\":\"openai\",\"reachable\":true,\"http\":401,\"ms\":{\"dns\":4,"
                        + "\"connect\":21,\"tls\":38,\"firstByte\":112,\"total\":115},\"at\":\"" + at + "\"}",
                "{\"kind\":\"probe\",\"service\":\"openai\",\"reachable\":false,\"http\":null,\"ms\":{\"dns\":null,"
                        + "\"connect\":null,\"tls\":null,\"firstByte\":null,\"total\":3},\"at\":\"" + at + "\"}");
    }

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

    @Test
    void aPageThatCannotBeReadSaysWhichOfTheTwoOnEveryLineThatReportsIt() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WatchLines lines = new WatchLines(new PrintStream(out, true, StandardCharsets.UTF_8));
        Instant at = Instant.parse("2026-11-30T10:00:00Z");
        ServiceConfig gh = new ServiceConfig("gh", "GitHub", "https://www.githubstatus.com", "statuspage", List.of(),
                null, false, false, false);
        URI endpoint = URI.create("https://www.githubstatus.com/api/v2/summary.json");

        lines.polled(new PollResult(gh, new PageResult.Failed(endpoint,
                FailureKind.HTTP_STATUS, "HTTP 404 Not Found", 404, null), 1, at), Status.UNKNOWN);
        lines.transition("gh", Status.OPERATIONAL, Status.UNKNOWN, at, PageTrouble.UNREACHABLE);
        lines.transition("gh", Status.UNKNOWN, Status.OPERATIONAL, at, null);

        assertThat(out.toString(StandardCharsets.UTF_8).lines()).containsExactly(
                "{\"kind\":\"polled\",\"service\":\"gh\",\"result\":\"failed\",\"status\":\"unknown\","
                        + "\"error\":\"HTTP 404 Not Found\",\"failure\":\"unreadable\",\"at\":\"" + at + "\"}",
                "{\"kind\":\"transition\",\"service\":\"gh\",\"from\":\"operational\",\"to\":\"unknown\",\"at\":\""
                        + at + "\",\"failure\":\"unreachable\"}",
                "{\"kind\":\"transition\",\"service\":\"gh\",\"from\":\"unknown\",\"to\":\"operational\",\"at\":\""
                        + at + "\"}");
    }
}
