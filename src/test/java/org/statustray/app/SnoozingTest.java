package org.statustray.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.statustray.model.ServiceConfig;
import org.statustray.model.TrayState;
import org.statustray.watch.ChangeDetector;
import org.statustray.watch.HistoryLog;
import org.statustray.watch.NotificationPolicy;
import org.statustray.watch.SentLog;
import org.statustray.watch.WatchPipeline;

/** Snoozing from the menu shows at once, and a snooze that runs out leaves the tray on its own, with no poll. */
class SnoozingTest {
    final ExecutorService events = Executors.newSingleThreadExecutor();
    final ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor();
    final List<TrayState> told = new CopyOnWriteArrayList<>();
    final NotificationPolicy policy = new NotificationPolicy(SentLog.inMemory(), ZoneId.systemDefault());
    final WatchPipeline pipeline = new WatchPipeline(new ChangeDetector(), policy, HistoryLog.NONE,
            List.of(new ServiceConfig("gh", "GitHub", "http://127.0.0.1:9", "statuspage", List.of(), 1, false, false,
                    false)), n -> { }, told::add, Clock.systemUTC());
    final Snoozing snoozing = new Snoozing(policy, pipeline, timers, events, Clock.systemUTC());

    @AfterEach
    void stop() {
        timers.shutdownNow();
        events.shutdownNow();
    }

    @Test
    void aShortSnoozeShowsAtOnceAndLeavesWhenItRunsOut() {
        events.execute(() -> snoozing.snoozeFor(Duration.ofMillis(400)));

        waitFor(() -> !told.isEmpty());
        assertThat(told.get(0).snoozed()).isTrue();
        assertThat(told.get(0).tooltip()).contains("Notifications snoozed until ");
        waitFor(() -> !last().snoozed());
        assertThat(last().tooltip()).doesNotContain("snoozed");
    }

    @Test
    void resumeEndsItAtOnce() {
        events.execute(snoozing::snoozeUntilTomorrow);
        waitFor(() -> !told.isEmpty() && last().snoozed());

        events.execute(snoozing::resume);

        waitFor(() -> !last().snoozed());
        assertThat(policy.snoozed(Instant.now())).isFalse();
    }

    private TrayState last() {
        return told.get(told.size() - 1);
    }

    private static void waitFor(BooleanSupplier condition) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited 10 s").isLessThan(deadline);
            Thread.onSpinWait();
        }
    }
}
