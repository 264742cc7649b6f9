package org.statustray.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.statustray.model.ProbeFailure;
import org.statustray.model.ProbeResult;
import org.statustray.model.ProbeTimes;
import org.statustray.store.HistoryStore;
import org.statustray.store.ProbeBucket;
import org.statustray.testing.LocalServer;
import org.statustray.testing.MovableClock;
import org.statustray.watch.DetectorPageSource;
import org.statustray.watch.ProbePlan;
import org.statustray.watch.Probing;

/**
 * The real {@code watch --verbose} of a calm local page whose service stops answering its probe: one early
 * warning, whatever the probes go on saying, and a line per probe.
 */
@Timeout(60)
class ProbeWatchEndToEndTest {
    @TempDir
    Path dir;

    @Test
    void aServiceThatStopsAnsweringWhileItsPageIsCalmIsToldOnce() throws Exception {
        MovableClock clock = new MovableClock(WatchCommandTest.T0);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        AtomicInteger probes = new AtomicInteger();
        Probing probing = new Probing(address -> {
            probes.incrementAndGet();
            return new ProbeResult(address.toString(), false, null, new ProbeTimes(1L, null, null, null, 1000),
                    ProbeFailure.TIMEOUT, "no answer within 1 s", clock.instant());
        }, () -> new ProbePlan(true, Duration.ofSeconds(1), Duration.ofSeconds(5), true),
                s -> Optional.of(URI.create("http://127.0.0.1:9/v1/models")));
        try (LocalServer server = LocalServer.start().route("/api/v2/summary.json",
                ex -> LocalServer.respond(ex, 200, "application/json", WatchCommandTest.CALM))) {
            Path config = Files.writeString(dir.resolve("config.json"), "{\"services\": [{\"id\": \"gh\", \"name\": "
                    + "\"GitHub\", \"url\": \"" + server.root() + "\", \"format\": \"statuspage\", \"pollIntervalSeconds\": 1}]}");
            Watching.Setup setup = new Watching.Setup(config, dir.resolve("data"), clock, DetectorPageSource::new)
                    .withProbing(probing);
            try (WatchCommand.Session session = WatchCommand.start(setup, new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8), true, r -> { })) {
                TrayAppEndToEndTest.await(() -> lines(out).stream().filter(l -> l.startsWith("{\"kind\":\"probe\"")).count() >= 7);
            }
        }

        List<String> lines = lines(out);
        assertThat(lines).filteredOn(l -> l.contains("\"cause\":\"probe\"")).singleElement().asString()
                .startsWith("{\"kind\":\"notification\",\"service\":\"gh\",\"title\":\"GitHub not answering from here")
                .endsWith("\"cause\":\"probe\",\"concurrent\":[]}");
        assertThat(lines).filteredOn(l -> l.startsWith("{\"kind\":\"notification\"")).hasSize(1);
        assertThat(lines).filteredOn(l -> l.startsWith("{\"kind\":\"probe\"")).first().asString().isEqualTo(
                "{\"kind\":\"probe\",\"service\":\"gh\",\"reachable\":false,\"http\":null,\"ms\":{\"dns\":1,"
                        + "\"connect\":null,\"tls\":null,\"firstByte\":null,\"total\":1000},\"at\":\"" + WatchCommandTest.T0 + "\"}");
        assertThat(probes.get()).isGreaterThanOrEqualTo(7);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
        try (HistoryStore store = HistoryStore.open(dir.resolve("data"))) {
            List<ProbeBucket> kept = store.probeSeries("gh", WatchCommandTest.T0.minusSeconds(60), clock.instant().plusSeconds(60));
            long told = lines.stream().filter(l -> l.startsWith("{\"kind\":\"probe\"")).count();
            assertThat(kept.stream().mapToInt(ProbeBucket::failed).sum()).as("every probe told is in the history file")
                    .isBetween((int) told, probes.get());
            assertThat(kept.stream().mapToInt(ProbeBucket::ok).sum()).isZero();
        }
    }

    private static List<String> lines(ByteArrayOutputStream out) {
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }
}
