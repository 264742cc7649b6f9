package org.statustray.app;

import org.statustray.watch.WatchPipeline;
import org.statustray.watch.HistoryLog;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.statustray.fetch.Detector;
import org.statustray.fetch.Fetcher;
import org.statustray.model.Notice;
import org.statustray.model.ServiceConfig;
import org.statustray.model.Status;
import org.statustray.store.HistoryStore;
import org.statustray.store.Transition;
import org.statustray.testing.LocalServer;
import org.statustray.testing.MovableClock;
import org.statustray.watch.ChangeDetector;
import org.statustray.watch.DetectorPageSource;
import org.statustray.watch.NotificationPolicy;
import org.statustray.watch.PollResult;
import org.statustray.watch.Poller;
import org.statustray.watch.SentLog;

/**
 * A suspend and a wall clock that is set, through the real poller, pipeline, notification policy and
 * store, against local pages: the monotonic {@code ticker} and the wall {@code clock} are the test's.
 */
@Timeout(60)
class TimeJumpsTest {
    static final Instant T0 = WatchCommandTest.T0;
    static final long S = 1_000_000_000L;

    @TempDir
    Path dir;
    final LocalServer server = LocalServer.start();
    final Map<String, AtomicReference<byte[]>> pages = new ConcurrentHashMap<>();
    final List<PollResult> polls = new CopyOnWriteArrayList<>();
    final List<Notice> notices = new CopyOnWriteArrayList<>();
    final AtomicLong ticker = new AtomicLong();
    final MovableClock clock = new MovableClock(T0);
    HistoryStore store;
    Poller poller;

    @AfterEach
    void stop() {
        if (poller != null) {
            poller.close();
        }
        if (store != null) {
            store.close();
        }
        server.close();
    }

    /**
     * Five hours of sleep, as a machine whose monotonic clock runs on through a suspend shows it: both clocks
     * jump. Each service is polled once on waking (not once per missed interval), the pages that did not
     * change say nothing, and the one that changed during the sleep is one notification.
     */
    @Test
    void aLongSleepIsOneRefreshAndOnlyTheChangedPageIsANotification() throws Exception {
        start(service("a", 60), service("b", 60), service("c", 60));
        awaitPolls(Map.of("a", 1, "b", 1, "c", 1));
        assertThat(notices).isEmpty();

        pages.get("c").set(WatchCommandTest.DEGRADED);
        both(Duration.ofHours(5));
        awaitPolls(Map.of("a", 2, "b", 2, "c", 2));
        both(Duration.ofSeconds(2)); // the change is confirmed by a second read a second later
        awaitPolls(Map.of("a", 2, "b", 2, "c", 3));
        TrayAppEndToEndTest.await(() -> !notices.isEmpty());

        assertThat(requests("a")).as("a: the first poll and one on waking").isEqualTo(2);
        assertThat(requests("b")).isEqualTo(2);
        assertThat(requests("c")).as("c: and the confirming read").isEqualTo(3);
        assertThat(notices).extracting(Notice::summary).containsExactly("C: degraded");
    }

    /**
     * The wall clock set back an hour, then forward a day, the ticker running evenly: polls stay an interval
     * apart on the ticker (the day forward looks like a wake: one refresh), and the store still gives the
     * changes in the order they happened, the recovery recorded after the clock went back last.
     */
    @Test
    void theWallClockSetBackOrForwardKeepsThePollsOnTheTickerAndTheHistoryInOrder() throws Exception {
        store = HistoryStore.open(dir.resolve("data"));
        // 20 s (at most 22 with jitter): less than a gap between two ticks that is taken for a sleep
        start(service("c", 20), service("probe", 3600));
        awaitPolls(Map.of("c", 1));
        pages.get("c").set(WatchCommandTest.DEGRADED);
        both(Duration.ofSeconds(22));
        awaitPolls(Map.of("c", 2));
        both(Duration.ofSeconds(2));
        awaitPolls(Map.of("c", 3)); // degraded, confirmed, at T0 + 24 s

        both(Duration.ofSeconds(10)); // long enough after the last poll for a wake refresh to poll again
        clock.set(clock.instant().minus(Duration.ofHours(1)));
        poller.refresh("probe"); // once the loop has looked after the jump, the probe is read
        awaitPolls(Map.of("probe", 2));
        assertThat(requests("c")).as("a clock set back is no wake: nothing due, nothing polled").isEqualTo(3);
        pages.get("c").set(WatchCommandTest.CALM);
        both(Duration.ofSeconds(14));
        awaitPolls(Map.of("c", 4));
        both(Duration.ofSeconds(2));
        awaitPolls(Map.of("c", 5)); // operational again, confirmed, at T0 + 50 s - 1 h by the wall clock

        ticker.addAndGet(10 * S);
        clock.advance(Duration.ofDays(1));
        poller.refresh("no such service"); // taken for a wake: one refresh
        awaitPolls(Map.of("c", 6));
        both(Duration.ofSeconds(22));
        awaitPolls(Map.of("c", 7));

        assertThat(polls).filteredOn(p -> p.service().id().equals("c")).extracting(p -> p.monotonicNanos() / S)
                .containsExactly(0L, 22L, 24L, 48L, 50L, 60L, 82L);
        assertThat(requests("c")).isEqualTo(7);
        assertThat(notices).extracting(Notice::summary).containsExactly("C: degraded", "C recovered");
        List<Transition> service = store.transitions("c", null).stream().filter(t -> t.componentId() == null).toList();
        assertThat(service).extracting(Transition::to)
                .containsExactly(Status.OPERATIONAL, Status.DEGRADED, Status.OPERATIONAL);
        assertThat(service.get(2).at()).as("recorded when the clock read an hour earlier").isEqualTo(service.get(1).at());
    }

    private void start(ServiceConfig... services) {
        List<ServiceConfig> list = List.of(services);
        HistoryLog history = store == null ? (id, component, from, to, at) -> { }
                : StoreHistory.of(store, new HistoryTrouble(notices::add, clock));
        WatchPipeline pipeline = new WatchPipeline(new ChangeDetector(),
                new NotificationPolicy(SentLog.inMemory(), ZoneOffset.UTC), history, list, notices::add, tray -> { });
        pipeline.onPolled(polls::add);
        poller = new Poller(list, 60, new DetectorPageSource(new Detector(new Fetcher(), clock)), pipeline::handle,
                ticker::get, clock, new Random(1));
        poller.start();
    }

    /** Both clocks move on, and the poll loop is woken to look at once instead of at its next tick. */
    private void both(Duration d) {
        ticker.addAndGet(d.toNanos());
        clock.advance(d);
        poller.refresh("no such service");
    }

    private ServiceConfig service(String id, int intervalSeconds) {
        AtomicReference<byte[]> page = new AtomicReference<>(WatchCommandTest.CALM);
        pages.put(id, page);
        server.route("/" + id + "/api/v2/summary.json", ex -> LocalServer.respond(ex, 200, "application/json", page.get()));
        return new ServiceConfig(id, id.toUpperCase(Locale.ROOT), server.root() + "/" + id, "statuspage", List.of(),
                intervalSeconds, false, false, false);
    }

    private int requests(String id) {
        return server.requests("/" + id + "/api/v2/summary.json");
    }

    /** Until each service's results were handled at least so many times. */
    private void awaitPolls(Map<String, Integer> counts) throws InterruptedException {
        TrayAppEndToEndTest.await(() -> counts.entrySet().stream().allMatch(
                e -> polls.stream().filter(p -> p.service().id().equals(e.getKey())).count() >= e.getValue()));
    }
}
