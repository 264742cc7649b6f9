package org.statustray.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.statustray.testing.Await;
import org.statustray.testing.Fixtures;
import org.statustray.testing.LocalServer;
import org.statustray.testing.MovableClock;

/**
 * Pages that will not keep still, through the real {@code watch} (poller, readers, policy, history): the
 * wall clock moves on with every request, as if polls were that far apart, so minutes pass in seconds.
 */
@Timeout(90)
class StormsEndToEndTest {
    static final byte[] CALM = Fixtures.bytes("statuspage/summary-githubstatus-2019-05-10.json");
    static final byte[] DEGRADED = Fixtures.bytes("statuspage/summary-githubstatus-2022-11-25-packages-incident.json");

    @TempDir
    Path dir;
    final MovableClock clock = new MovableClock(Instant.parse("2026-11-30T10:00:00Z"));
    final AtomicInteger requests = new AtomicInteger();
    final AtomicReference<Duration> step = new AtomicReference<>();
    LocalWatch watch;

    @AfterEach
    void stop() {
        if (watch != null) {
            watch.close();
        }
    }

    /** The real 2022 GitHub page with its incident's id made new on every request (the page is otherwise as recorded). */
    static byte[] churned(int request) {
        return new String(DEGRADED, StandardCharsets.UTF_8).replace("ljwdk6qml8z8", "ljwdk6qml8z8-" + request)
                .getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void anIncidentIdNewOnEveryPollGivesOneNotificationNotTwoPerPoll() {
        serve(StormsEndToEndTest::churned, Duration.ofSeconds(5));
        Await.until(() -> requests.get() >= 8, Duration.ofSeconds(40), "8 polls");
        watch.quit();

        assertThat(watch.notifications()).as("notifications in %d polls", requests.get())
                .containsExactly("GitHub: degraded");
    }

    @Test
    void aPageFlappingEveryOtherPollIsToldOnceAsUnstableThenWhenItSettles() {
        AtomicInteger settleFrom = new AtomicInteger(Integer.MAX_VALUE);
        serve(n -> n >= settleFrom.get() || (n / 2) % 2 == 0 ? CALM : DEGRADED, Duration.ofSeconds(10));
        Await.until(() -> requests.get() >= 12, Duration.ofSeconds(40), "12 polls");
        List<String> whileFlapping = watch.notifications();
        settleFrom.set(requests.get() + 1);
        step.set(Duration.ofMinutes(4)); // keeping still: minutes pass between polls
        Await.until(() -> watch.notifications().size() > whileFlapping.size(), Duration.ofSeconds(40), "the settled notice");
        watch.quit();

        assertThat(whileFlapping).as("notifications in %d flapping polls", settleFrom.get() - 1)
                .containsExactly("GitHub: degraded", "GitHub recovered", "GitHub is unstable");
        assertThat(watch.notifications()).last().isEqualTo("GitHub settled: operational");
    }

    @Test
    void aPageFailingThreeRequestsOfFourSaysUnknownOnceNotEveryBackoffCycle() {
        serve(n -> n % 4 == 0 ? CALM : null, Duration.ofSeconds(20));
        Await.until(() -> requests.get() >= 11, Duration.ofSeconds(60), "two cycles and a half");
        watch.quit();

        assertThat(watch.notifications()).as("notifications in %d polls", requests.get())
                .containsExactly("GitHub: status unknown — page unreachable", "GitHub is unstable");
    }

    /** Serves {@code page(n)} to the n-th request (null: a 500), moving the clock on by {@code step} each time. */
    private void serve(IntFunction<byte[]> page, Duration stepEach) {
        step.set(stepEach);
        watch = new LocalWatch(dir, clock, LocalServer.start().route("/api/v2/summary.json", ex -> {
            int n = requests.getAndIncrement();
            clock.advance(step.get());
            byte[] body = page.apply(n);
            LocalServer.respond(ex, body == null ? 500 : 200, "application/json", body == null ? new byte[0] : body);
        })).start("");
    }
}
