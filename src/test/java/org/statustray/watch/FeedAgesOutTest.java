package org.statustray.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.statustray.fetch.Detector;
import org.statustray.fetch.FetchSettings;
import org.statustray.fetch.Fetcher;
import org.statustray.fetch.PageResult;
import org.statustray.fetch.Validators;
import org.statustray.model.Notice;
import org.statustray.model.ProbeSetting;
import org.statustray.model.ServiceConfig;
import org.statustray.model.Status;
import org.statustray.testing.Fixtures;
import org.statustray.testing.LocalServer;
import org.statustray.testing.MovableClock;

/**
 * A feed whose one open entry is never marked resolved (status.torproject.org's real feed, with its
 * "Network DDoS" of 2022-06-09 14:00): watched from a local server while a fake clock runs past the 3-day
 * limit, the service returns to operational with one recovery notice and no storm. The server answers
 * "not modified" whenever it can, as real feeds do: the watch must not let that freeze the old reading.
 */
@Timeout(60)
class FeedAgesOutTest {
    static final String PATH = "/index.xml";
    static final byte[] TOR = Fixtures.bytes("feed/index-torproject-cstate-2022-06-09-shortened.rss");
    static final Instant POSTED = Instant.parse("2022-06-09T14:00:00Z");

    private final LocalServer server = LocalServer.start();
    private final MovableClock clock = new MovableClock(POSTED.plus(Duration.ofHours(1)));
    private final List<String> conditional = new CopyOnWriteArrayList<>();
    private final List<Notice> told = new ArrayList<>();
    private final List<PageResult> results = new ArrayList<>();
    private Validators validators = Validators.NONE;
    private long ticks;

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void anOpenEntryThatGoesQuietEndsWithOneRecoveryAndNoStorm() {
        server.route(PATH, ex -> {
            String tag = ex.getRequestHeaders().getFirst("If-None-Match");
            conditional.add(String.valueOf(tag));
            ex.getResponseHeaders().set("ETag", "\"tor-1\"");
            boolean same = "\"tor-1\"".equals(tag);
            LocalServer.respond(ex, same ? 304 : 200, "application/rss+xml", same ? new byte[0] : TOR);
        });
        ServiceConfig tor = new ServiceConfig("tor", "Tor", server.root() + PATH, "feed", List.of(), 3600, false,
                false, false, ProbeSetting.OFF);
        PageSource source = new DetectorPageSource(new Detector(new Fetcher(FetchSettings.defaults(), clock), clock));
        WatchPipeline pipeline = new WatchPipeline(new ChangeDetector(),
                new NotificationPolicy(SentLog.inMemory(), ZoneOffset.UTC), WatchPipelineTest.transitionsInto(new ArrayList<>()),
                List.of(tor), told::add, s -> { }, clock);

        for (int hour = 0; hour < 24 * 5; hour++) { // hourly polls for five days
            poll(source, pipeline, tor);
            clock.advance(Duration.ofHours(1));
        }

        PageResult.Read first = (PageResult.Read) results.get(0);
        assertThat(first.snapshot().status()).as("an hour after it was posted").isEqualTo(Status.DEGRADED);
        assertThat(first.snapshot().fetchedAt()).as("the watch's clock is the read's time")
                .isEqualTo(POSTED.plus(Duration.ofHours(1)));
        assertThat(results).as("every poll a full read, never 'not modified'").allMatch(r -> r instanceof PageResult.Read);
        assertThat(conditional).as("no validators sent for a feed").containsOnly("null").hasSize(24 * 5);

        List<Status> statuses = new ArrayList<>();
        results.forEach(r -> statuses.add(((PageResult.Read) r).snapshot().status()));
        int quiet = statuses.indexOf(Status.OPERATIONAL);
        assertThat(quiet).as("the first poll past three days without an update").isEqualTo(72);
        assertThat(statuses.subList(quiet, statuses.size())).containsOnly(Status.OPERATIONAL);

        assertThat(told).extracting(Notice::status).containsExactly(Status.DEGRADED, Status.OPERATIONAL);
        assertThat(told.get(1).summary()).isEqualTo("Tor recovered");
        assertThat(pipeline.trayState(Instant.now()).worst()).isEqualTo(Status.OPERATIONAL);
    }

    private void poll(PageSource source, WatchPipeline pipeline, ServiceConfig tor) {
        PageResult result = source.read(tor, validators);
        if (result instanceof PageResult.Read read) {
            validators = read.validators();
        }
        results.add(result);
        pipeline.handle(new PollResult(tor, result, ++ticks, clock.instant()));
    }
}
