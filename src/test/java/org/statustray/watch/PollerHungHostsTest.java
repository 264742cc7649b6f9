package org.statustray.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.statustray.watch.PollerTest.GITHUB;
import static org.statustray.watch.PollerTest.SUMMARY;
import static org.statustray.watch.PollerTest.local;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.statustray.fetch.Detector;
import org.statustray.fetch.FetchSettings;
import org.statustray.fetch.Fetcher;
import org.statustray.fetch.PageResult;
import org.statustray.model.ServiceConfig;
import org.statustray.testing.Await;
import org.statustray.testing.HungHosts;
import org.statustray.testing.LocalServer;

/**
 * The real poller and fetcher beside twenty hosts (each its own loopback address) that accept a connection and
 * never answer. {@code -Dhunghosts.timeout=30 -Dhunghosts.polls=60} turns it into the by-hand measurement of a
 * minute with the shipped 30 s timeout; the figures go to the test's output.
 */
@Timeout(300)
class PollerHungHostsTest {
    static final Duration TIMEOUT = Duration.ofSeconds(Long.getLong("hunghosts.timeout", 8));
    /** How many healthy polls to watch once the hung hosts have failed once. */
    static final int POLLS = Integer.getInteger("hunghosts.polls", 15);
    static final long SECOND = 1_000_000_000L;

    private final Results results = new Results();

    @Test
    void aHealthyPageKeepsItsOneSecondRhythmBesideTwentyHungHosts() {
        try (LocalServer server = LocalServer.start(); HungHosts hung = new HungHosts(99, 20)) {
            server.json(SUMMARY, 200, GITHUB);
            List<ServiceConfig> services = new ArrayList<>();
            for (String root : hung.roots()) {
                services.add(local("hung" + services.size(), root, 1));
            }
            services.add(local("healthy", server.root(), 1)); // last: the worst place in the queue
            Fetcher fetcher = new Fetcher(FetchSettings.defaults().withTimeout(TIMEOUT), Clock.systemUTC());
            try (Poller poller = new Poller(services, 1, new DetectorPageSource(new Detector(fetcher, Clock.systemUTC())),
                    results)) {
                watch(poller, hung);
            }
        }
    }

    private void watch(Poller poller, HungHosts hung) {
        long started = System.nanoTime();
        poller.start();
        // The first round cannot tell a hung host from a healthy one; from the first timeouts on it can.
        Await.until(() -> !hungFailures().isEmpty(), TIMEOUT.multipliedBy(3), "a hung host's first timeout");
        long from = hungFailures().get(0).monotonicNanos();
        int connectionsBefore = hung.connections();
        long deadline = from + (POLLS * 2L + TIMEOUT.toSeconds()) * SECOND;
        Await.until(() -> healthyAfter(from).size() >= POLLS || System.nanoTime() - deadline > 0,
                Duration.ofSeconds(POLLS * 3L + TIMEOUT.toSeconds() * 2), "the watch to end");
        long to = System.nanoTime();

        List<Long> healthy = healthyAfter(from);
        healthy.add(to); // a gap still open when the watch ends counts too
        double widest = widestGap(healthy);
        double minutes = (to - from) / (60.0 * SECOND);
        List<Long> all = healthyAfter(started);
        double first = all.isEmpty() ? Double.NaN : (all.get(0) - started) / (double) SECOND;
        System.out.printf(Locale.ROOT, "timeout %d s: healthy page's widest gap %.2f s over %.0f s after the first "
                + "timeout (widest since it started %.2f s, first poll after %.2f s); hung hosts polled %.1f times a "
                + "minute%n", TIMEOUT.toSeconds(), widest, (to - from) / (double) SECOND, widestGap(all), first,
                (hung.connections() - connectionsBefore) / minutes);
        assertThat(widest).as("widest gap between the healthy page's polls, in seconds").isLessThanOrEqualTo(4.0);
        assertThat(results.of("healthy")).allSatisfy(r -> assertThat(r.result()).isInstanceOf(PageResult.Read.class));
    }

    private List<PollResult> hungFailures() {
        return results.all().stream().filter(r -> r.service().id().startsWith("hung")).toList();
    }

    private List<Long> healthyAfter(long from) {
        List<Long> times = new ArrayList<>();
        results.of("healthy").stream().map(PollResult::monotonicNanos).filter(t -> t - from >= 0).forEach(times::add);
        return times;
    }

    private static double widestGap(List<Long> times) {
        long widest = 0;
        for (int i = 1; i < times.size(); i++) {
            widest = Math.max(widest, times.get(i) - times.get(i - 1));
        }
        return widest / (double) SECOND;
    }
}
