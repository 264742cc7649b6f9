package org.statustray.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.statustray.testing.Await;
import org.statustray.testing.Fixtures;
import org.statustray.testing.LocalServer;
import org.statustray.testing.MovableClock;
import org.statustray.watch.DetectorPageSource;

/**
 * Pages that will not keep still, through the real {@code watch} (poller, readers, policy, history): the
 * wall clock moves on with every request, as if polls were that far apart, so minutes pass in seconds.
 */
@Timeout(90)
class StormsEndToEndTest {
    static final byte[] CALM = Fixtures.bytes("statuspage/summary-githubstatus-2019-05-10.json");
    static final byte[] DEGRADED = Fixtures.bytes("statuspage/summary-githubstatus-2022-11-25-packages-incident.json");
    static final Instant T0 = Instant.parse("2026-11-30T10:00:00Z");

    @TempDir
    Path dir;
    final MovableClock clock = new MovableClock(T0);
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final AtomicInteger requests = new AtomicInteger();
    LocalServer server;
    WatchCommand.Session session;

    @AfterEach
    void stop() {
        if (session != null) {
            session.close();
        }
        if (server != null) {
            server.close();
        }
    }

    /** The real 2022 GitHub page with its incident's id made new on every request (the page is otherwise as recorded). */
    static byte[] churned(int request) {
        return new String(DEGRADED, StandardCharsets.UTF_8).replace("ljwdk6qml8z8", "ljwdk6qml8z8-" + request)
                .getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void anIncidentIdNewOnEveryPollGivesOneNotificationNotTwoPerPoll() throws Exception {
        serve(n -> churned(n), Duration.ofSeconds(5));
        Await.until(() -> requests.get() >= 8, Duration.ofSeconds(40), "8 polls");
        session.close();

        assertThat(notifications()).as("notifications in %d polls", requests.get())
                .containsExactly("GitHub: degraded");
    }

    @Test
    void aPageFlappingEveryOtherPollIsToldOnceAsUnstableThenWhenItSettles() throws Exception {
        AtomicInteger settleFrom = new AtomicInteger(Integer.MAX_VALUE);
        serve(n -> n >= settleFrom.get() || (n / 2) % 2 == 0 ? CALM : DEGRADED, Duration.ofSeconds(10));
        Await.until(() -> requests.get() >= 12, Duration.ofSeconds(40), "12 polls");
        List<String> whileFlapping = notifications();
        settleFrom.set(requests.get() + 1);
        step.set(Duration.ofMinutes(4)); // keeping still: minutes pass between polls
        Await.until(() -> notifications().size() > whileFlapping.size(), Duration.ofSeconds(40), "the settled notice");
        session.close();

        assertThat(whileFlapping).as("notifications in %d flapping polls", settleFrom.get() - 1)
                .containsExactly("GitHub: degraded", "GitHub recovered", "GitHub is unstable");
        assertThat(notifications()).last().isEqualTo("GitHub settled: operational");
    }

    @Test
    void aPageFailingThreeRequestsOfFourSaysUnknownOnceNotEveryBackoffCycle() throws Exception {
        serve(n -> n % 4 == 0 ? CALM : null, Duration.ofSeconds(20));
        Await.until(() -> requests.get() >= 11, Duration.ofSeconds(60), "two cycles and a half");
        session.close();

        assertThat(notifications()).as("notifications in %d polls", requests.get())
                .containsExactly("GitHub: status unknown", "GitHub is unstable");
    }

    final java.util.concurrent.atomic.AtomicReference<Duration> step = new java.util.concurrent.atomic.AtomicReference<>();

    /** Serves {@code page(n)} to the n-th request (null: a 500), moving the clock on by {@code step} each time. */
    private void serve(IntFunction<byte[]> page, Duration stepEach) throws Exception {
        step.set(stepEach);
        server = LocalServer.start().route("/api/v2/summary.json", ex -> {
            int n = requests.getAndIncrement();
            clock.advance(step.get());
            byte[] body = page.apply(n);
            LocalServer.respond(ex, body == null ? 500 : 200, "application/json", body == null ? new byte[0] : body);
        });
        Path config = dir.resolve("config.json");
        Files.writeString(config, "{\"services\": [{\"id\": \"gh\", \"name\": \"GitHub\", \"url\": \"" + server.root()
                + "\", \"format\": \"statuspage\", \"pollIntervalSeconds\": 1}]}");
        session = WatchCommand.start(new Watching.Setup(config, dir.resolve("data"), clock, DetectorPageSource::new),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()), false,
                r -> { });
    }

    private List<String> notifications() {
        return out.toString(StandardCharsets.UTF_8).lines().filter(l -> l.startsWith("{\"kind\":\"notification\""))
                .map(l -> l.replaceAll(".*\"title\":\"([^\"]*)\".*", "$1")).toList();
    }
}
