package org.statustray.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.statustray.fetch.PageResult;
import org.statustray.fetch.Validators;
import org.statustray.model.Component;
import org.statustray.model.Notice;
import org.statustray.model.ServiceConfig;
import org.statustray.model.Snapshot;
import org.statustray.model.Status;
import org.statustray.store.HistoryStore;
import org.statustray.watch.ChangeDetector;
import org.statustray.watch.HistoryLog;
import org.statustray.watch.NotificationPolicy;
import org.statustray.watch.PollResult;
import org.statustray.watch.SentLog;
import org.statustray.watch.WatchPipeline;

/** "OpenAI also degraded since 15:04" stays 15:04 across a restart: the time comes from the stored history. */
class OthersSinceRestartTest {
    static final Instant T0 = Instant.parse("2026-12-07T13:00:00Z");
    static final ServiceConfig OPENAI = service("openai", "OpenAI");
    static final ServiceConfig CLAUDE = service("claude", "Claude");

    @TempDir
    Path dir;
    HistoryStore store;
    HistoryLog history;

    @BeforeEach
    void open() throws Exception {
        store = HistoryStore.open(dir);
        history = StoreHistory.of(store, new HistoryTrouble(n -> { }, Clock.systemUTC()));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void theRunOutOfOperationalIsFoundInTheStoredTransitionsUnknownNeitherEndingNorStartingIt() {
        store.recordTransition("openai", null, null, Status.OPERATIONAL, T0);
        store.recordTransition("openai", null, Status.OPERATIONAL, Status.DEGRADED, T0.plusSeconds(600));
        store.recordTransition("openai", null, Status.DEGRADED, Status.OPERATIONAL, T0.plusSeconds(1200));
        store.recordTransition("openai", "api", Status.OPERATIONAL, Status.MAJOR_OUTAGE, T0.plusSeconds(3800));
        store.recordTransition("openai", null, Status.OPERATIONAL, Status.DEGRADED, T0.plusSeconds(3840));
        store.recordTransition("openai", null, Status.DEGRADED, Status.UNKNOWN, T0.plusSeconds(4000));
        store.recordTransition("openai", null, Status.UNKNOWN, Status.PARTIAL_OUTAGE, T0.plusSeconds(4200));

        assertThat(history.notOperationalSince("openai", T0.plusSeconds(900))).isEqualTo(T0.plusSeconds(600));
        assertThat(history.notOperationalSince("openai", T0.plusSeconds(1800))).as("operational then").isNull();
        assertThat(history.notOperationalSince("openai", T0.plusSeconds(5000))).isEqualTo(T0.plusSeconds(3840));
        assertThat(history.notOperationalSince("claude", T0.plusSeconds(5000))).as("nothing kept").isNull();
    }

    @Test
    void aServiceAlreadyDownAtRestartIsNamedWithWhenItWentDown() {
        store.recordTransition("openai", null, null, Status.OPERATIONAL, T0);
        store.recordTransition("openai", null, Status.OPERATIONAL, Status.DEGRADED, T0.plusSeconds(3840)); // 15:04 Berlin
        List<Notice> told = new ArrayList<>();
        ChangeDetector detector = new ChangeDetector();
        Instant restart = T0.plusSeconds(7200);
        detector.restore("openai", snapshot(OPENAI, Status.DEGRADED, restart.minusSeconds(60)));
        detector.restore("claude", snapshot(CLAUDE, Status.OPERATIONAL, restart.minusSeconds(60)));
        WatchPipeline pipeline = new WatchPipeline(detector, new NotificationPolicy(SentLog.inMemory(),
                ZoneId.of("Europe/Berlin")), history, List.of(OPENAI, CLAUDE), told::add, s -> { });
        pipeline.tellStartOneByOne();

        pipeline.handle(poll(OPENAI, Status.DEGRADED, restart));
        pipeline.handle(poll(CLAUDE, Status.OPERATIONAL, restart));
        pipeline.handle(poll(CLAUDE, Status.DEGRADED, restart.plusSeconds(60)));
        pipeline.handle(poll(CLAUDE, Status.DEGRADED, restart.plusSeconds(90)));

        assertThat(told).extracting(Notice::summary).containsExactly("Claude: degraded — OpenAI also degraded since 15:04");
    }

    static Snapshot snapshot(ServiceConfig s, Status status, Instant at) {
        return new Snapshot(s.displayName(null), s.url(), "statuspage", at, status, status.label(),
                List.of(new Component("api", "API", null, status)), true, List.of(), List.of());
    }

    static PollResult poll(ServiceConfig s, Status status, Instant at) {
        return new PollResult(s, new PageResult.Read(URI.create(s.url()), "statuspage", snapshot(s, status, at),
                Validators.NONE), 0, at);
    }

    static ServiceConfig service(String id, String name) {
        return new ServiceConfig(id, name, "http://127.0.0.1:9/" + id, "statuspage", List.of(), 60, false, false, false);
    }
}
