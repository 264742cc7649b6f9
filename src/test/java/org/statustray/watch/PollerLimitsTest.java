package org.statustray.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.statustray.watch.PollerTest.GITHUB;
import static org.statustray.watch.PollerTest.SUMMARY;
import static org.statustray.watch.PollerTest.local;
import static org.statustray.watch.PollerTest.network;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.statustray.fetch.PageResult;
import org.statustray.model.ServiceConfig;
import org.statustray.testing.LocalServer;

/** The threaded poller's limits, backoff and wake refresh against a real local server. */
@Timeout(60)
class PollerLimitsTest {
    private final LocalServer server = LocalServer.start();
    private final Results results = new Results();
    private Poller poller;

    @AfterEach
    void stop() {
        if (poller != null) {
            poller.close();
        }
        server.close();
    }

    @Test
    void neverMoreThanTwoRequestsToOneHostAndAFullHostHoldsNoOtherBack() {
        AtomicInteger current = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        Semaphore gate = new Semaphore(0);
        server.route(SUMMARY, ex -> {
            boolean held = ex.getRequestHeaders().getFirst("Host").startsWith("127.0.0.1");
            if (held) {
                most.accumulateAndGet(current.incrementAndGet(), Math::max);
                try {
                    gate.tryAcquire(20, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    current.decrementAndGet(); // before answering, so the next request cannot overlap it here
                }
            }
            LocalServer.respond(ex, 200, "application/json", GITHUB);
        });
        List<ServiceConfig> services = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            services.add(local("same" + i, server.root(), 3600));
        }
        String otherHost = server.root().replace("127.0.0.1", "localhost");
        services.add(local("other", otherHost, 3600));
        poller = new Poller(services, 60, network(), results);
        poller.start();

        Results.awaitThat("two held requests", () -> current.get() == 2);
        results.await("other", 1);
        for (int done = 0; done < 5; done++) {
            int held = Math.min(2, 5 - done);
            Results.awaitThat(held + " held requests", () -> current.get() == held);
            gate.release();
            results.await(r -> r.service().id().startsWith("same"), done + 1);
        }

        assertThat(most.get()).isEqualTo(2);
        assertThat(results.all()).hasSize(6).allSatisfy(r -> assertThat(r.result()).isInstanceOf(PageResult.Read.class));
    }

    @Test
    void aFailingServiceBacksOffWhileAnotherKeepsItsSchedule() {
        server.json(SUMMARY, 200, GITHUB);
        server.json("/bad", 500, "{}");
        poller = new Poller(List.of(local("good", server.root(), 1), local("bad", server.root() + "/bad", 1)), 60,
                network(), results);
        poller.start();

        List<PollResult> bad = results.await("bad", 4);
        List<PollResult> good = results.of("good");

        assertThat(bad).allSatisfy(r -> assertThat(r.result()).isInstanceOf(PageResult.Failed.class));
        List<Long> badGaps = gaps(bad);
        assertThat(badGaps.get(0)).isBetween(seconds(1), seconds(3));
        assertThat(badGaps.get(1)).isBetween(seconds(2), seconds(5));
        assertThat(badGaps.get(2)).isBetween(seconds(4), seconds(9));
        assertThat(good.size()).as("the good service polled every second meanwhile").isGreaterThanOrEqualTo(6);
        assertThat(gaps(good)).allSatisfy(g -> assertThat(g).isGreaterThanOrEqualTo(seconds(1)));
    }

    @Test
    void aWakeFromSleepPollsEveryServiceOnceMore() {
        server.json(SUMMARY, 200, GITHUB);
        AtomicLong mono = new AtomicLong(0);
        AtomicReference<Instant> wall = new AtomicReference<>(Instant.parse("2026-01-10T12:00:00Z"));
        Clock wallClock = new Clock() {
            @Override
            public Instant instant() {
                return wall.get();
            }

            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }
        };
        poller = new Poller(List.of(local("a", server.root(), 3600), local("b", server.root(), 3600)), 60,
                network(), results, mono::get, wallClock, new Random(1));
        poller.start();
        results.await(r -> true, 2);

        // Suspended for two hours: Linux's monotonic clock barely moved, the wall clock did.
        mono.addAndGet(Duration.ofSeconds(6).toNanos());
        wall.set(wall.get().plus(Duration.ofHours(2)));
        poller.refresh("no such service"); // nudges the loop instead of waiting for its next tick

        results.await("a", 2);
        results.await("b", 2);
        assertThat(server.requests(SUMMARY)).isEqualTo(4);
    }

    private static List<Long> gaps(List<PollResult> polls) {
        List<Long> gaps = new ArrayList<>();
        for (int i = 1; i < polls.size(); i++) {
            gaps.add(polls.get(i).monotonicNanos() - polls.get(i - 1).monotonicNanos());
        }
        return gaps;
    }

    private static long seconds(double s) {
        return (long) (s * 1_000_000_000L);
    }
}
