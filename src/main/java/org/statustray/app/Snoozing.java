package org.statustray.app;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.statustray.watch.NotificationPolicy;
import org.statustray.watch.WatchPipeline;

/**
 * Snoozing and resuming notifications from the tray menu or the overview. Each change is shown at once (the
 * tray's icon, tooltip and menu, and the overview, which follows the tray), and a snooze that runs out is
 * taken off them when it does, without waiting for a poll. Call on the app's event thread.
 */
final class Snoozing {
    private final NotificationPolicy policy;
    private final WatchPipeline pipeline;
    private final ScheduledExecutorService timers;
    private final Executor events;
    private final Clock clock;

    Snoozing(NotificationPolicy policy, WatchPipeline pipeline, ScheduledExecutorService timers, Executor events,
            Clock clock) {
        this.policy = policy;
        this.pipeline = pipeline;
        this.timers = timers;
        this.events = events;
        this.clock = clock;
    }

    void snoozeFor(Duration duration) {
        Instant until = clock.instant().plus(duration);
        policy.snoozeUntil(until);
        shown(until);
    }

    void snoozeUntilTomorrow() {
        shown(policy.snoozeUntilTomorrow(clock.instant()));
    }

    void resume() {
        policy.resume();
        pipeline.snoozeMoved(clock.instant());
    }

    /** Shows the snooze now, and takes it off when it runs out (the half-minute tick does too, after a sleep). */
    private void shown(Instant until) {
        pipeline.snoozeMoved(clock.instant());
        long millis = Math.max(0, Duration.between(clock.instant(), until).toMillis()) + 50;
        try {
            timers.schedule(() -> events.execute(() -> pipeline.snoozeMoved(clock.instant())), millis,
                    TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            // shutting down: nothing is shown any more
        }
    }
}
