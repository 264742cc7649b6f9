package org.statustray.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.statustray.fetch.Detector;
import org.statustray.fetch.Fetcher;
import org.statustray.fetch.PageResult;
import org.statustray.model.ServiceConfig;
import org.statustray.model.Status;
import org.statustray.testing.Fixtures;
import org.statustray.testing.LocalServer;

/** The threaded poller against a real local server: repeated polls, conditional GET, refresh, close. */
@Timeout(60)
class PollerTest {
    static final String SUMMARY = "/api/v2/summary.json";
    static final byte[] GITHUB = Fixtures.bytes("statuspage/summary-githubstatus-2019-05-10.json");

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

    static ServiceConfig local(String id, String root, int intervalSeconds) {
        return new ServiceConfig(id, "Local " + id, root, "statuspage", List.of(), intervalSeconds, false, false, false);
    }

    static PageSource network() {
        return new DetectorPageSource(new Detector(new Fetcher(), Clock.systemUTC()));
    }

    @Test
    void pollsALoopbackServiceEverySecond() {
        server.json(SUMMARY, 200, GITHUB);
        poller = new Poller(List.of(local("gh", server.root(), 1)), 60, network(), results);
        poller.start();

        List<PollResult> got = results.await("gh", 3);

        assertThat(got).allSatisfy(r -> {
            assertThat(r.result()).isInstanceOf(PageResult.Read.class);
            assertThat(((PageResult.Read) r.result()).snapshot().status()).isEqualTo(Status.OPERATIONAL);
            assertThat(r.wallTime()).isNotNull();
        });
        for (int i = 1; i < got.size(); i++) {
            assertThat(got.get(i).monotonicNanos() - got.get(i - 1).monotonicNanos())
                    .as("polls are an interval apart").isGreaterThanOrEqualTo(1_000_000_000L);
        }
    }

    @Test
    void sendsTheEtagBackAndPassesOnNotModified() {
        List<String> seen = new CopyOnWriteArrayList<>();
        server.route(SUMMARY, ex -> {
            String tag = ex.getRequestHeaders().getFirst("If-None-Match");
            seen.add(String.valueOf(tag));
            ex.getResponseHeaders().set("ETag", "\"v1\"");
            boolean same = "\"v1\"".equals(tag);
            LocalServer.respond(ex, same ? 304 : 200, "application/json", same ? new byte[0] : GITHUB);
        });
        poller = new Poller(List.of(local("gh", server.root(), 1)), 60, network(), results);
        poller.start();

        List<PollResult> got = results.await("gh", 3);

        assertThat(got.get(0).result()).isInstanceOf(PageResult.Read.class);
        assertThat(got.get(1).result()).isInstanceOf(PageResult.Unchanged.class);
        assertThat(got.get(2).result()).isInstanceOf(PageResult.Unchanged.class);
        assertThat(seen.subList(0, 3)).containsExactly("null", "\"v1\"", "\"v1\"");
    }

    @Test
    void refreshPollsAtOnceInsteadOfAfterTheInterval() {
        server.json(SUMMARY, 200, GITHUB);
        poller = new Poller(List.of(local("a", server.root(), 3600), local("b", server.root(), 3600)), 60,
                network(), results);
        poller.start();
        results.await(r -> true, 2);

        poller.refreshAll();
        results.await("a", 2);
        results.await("b", 2);
        assertThat(poller.refresh("a")).isTrue();
        assertThat(poller.refresh("nope")).isFalse();
        results.await("a", 3);

        assertThat(server.requests(SUMMARY)).isEqualTo(5);
    }

    @Test
    void closeStopsPollingAndDeliversNothingMore() {
        server.json(SUMMARY, 200, GITHUB);
        List<Thread> pollThreads = new CopyOnWriteArrayList<>();
        PageSource source = network();
        Results delivered = new Results();
        poller = new Poller(List.of(local("gh", server.root(), 1)), 60, (service, previous) -> {
            pollThreads.add(Thread.currentThread());
            return source.read(service, previous);
        }, r -> {
            pollThreads.add(Thread.currentThread());
            delivered.accept(r);
        });
        poller.start();
        delivered.await("gh", 2);

        poller.close();
        int count = delivered.all().size();
        poller.refreshAll();
        Results.awaitThat("every poll and delivery thread to end", () -> pollThreads.stream().noneMatch(Thread::isAlive));

        assertThat(delivered.all()).hasSize(count);
    }

    @Test
    void aListenerThatThrowsDoesNotStopPolling() {
        server.json(SUMMARY, 200, GITHUB);
        AtomicInteger calls = new AtomicInteger();
        poller = new Poller(List.of(local("gh", server.root(), 1)), 60, network(), r -> {
            calls.incrementAndGet();
            results.accept(r);
            throw new IllegalStateException("listener bug");
        });
        poller.start();

        results.await("gh", 3);
        assertThat(calls.get()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void aSourceThatThrowsCountsAsAFailureAndPollingGoesOn() {
        AtomicInteger calls = new AtomicInteger();
        poller = new Poller(List.of(local("gh", "http://127.0.0.1:9", 1)), 60, (service, previous) -> {
            calls.incrementAndGet();
            throw new IllegalStateException("source bug");
        }, results);
        poller.start();

        List<PollResult> got = results.await("gh", 2);
        assertThat(got).allSatisfy(r -> assertThat(r.result()).isInstanceOf(PageResult.Failed.class));
        assertThat(((PageResult.Failed) got.get(0).result()).reason()).contains("IllegalStateException");
    }

    @Test
    void updatedServicesTakeEffectWithoutARestart() {
        server.json(SUMMARY, 200, GITHUB);
        poller = new Poller(List.of(local("a", server.root(), 3600), local("gone", server.root(), 1)), 60,
                network(), results);
        poller.start();
        results.await("a", 1);
        results.await("gone", 2);

        poller.updateServices(List.of(local("a", server.root(), 1), local("b", server.root(), 3600)));
        long updated = System.nanoTime();

        results.await("b", 1);
        results.await("a", 3);
        assertThat(results.of("b")).hasSize(1);
        assertThat(results.of("gone")).noneMatch(r -> r.monotonicNanos() - updated > 0);
    }
}
