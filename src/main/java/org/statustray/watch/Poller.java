package org.statustray.watch;

import java.lang.System.Logger.Level;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;
import org.statustray.fetch.FailureKind;
import org.statustray.fetch.PageResult;
import org.statustray.model.ServiceConfig;

/**
 * Polls the watched services on their {@link Schedule}: one loop thread decides, worker threads read
 * (at most 2 per host and 16 in all; a host that stopped answering gets 1, and such hosts 8 together), and
 * one delivery thread hands each {@link PollResult} to the listener, one at a time and in completion order.
 * All threads are daemons. Nothing thrown by the page source or the listener stops the polling; it is logged.
 */
public final class Poller implements AutoCloseable {
    /** The loop ticks at least this often, so a wake from sleep is noticed within seconds. */
    static final Duration TICK = Duration.ofSeconds(5);

    private static final System.Logger LOG = System.getLogger(Poller.class.getName());

    private final PageSource source;
    private final Consumer<PollResult> listener;
    private final Ticker ticker;
    private final Clock wallClock;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final Schedule schedule;
    /** Whether the schedule's detector is the listener's too: then results go out with what they did. */
    private final boolean shared;
    private final WakeDetector wake = new WakeDetector(TICK, WakeDetector.SLACK);
    private final ExecutorService workers = Executors.newCachedThreadPool(r -> LoopThreads.daemon(r, "statustray-poll-"));
    private volatile @Nullable Thread deliveryThread;
    private final ExecutorService delivery =
            Executors.newSingleThreadExecutor(r -> deliveryThread = LoopThreads.daemon(r, "statustray-poll-results-"));
    private volatile boolean closed;
    private boolean dirty; // guarded by lock: something changed since the loop last looked
    private long wakeAt; // guarded by lock: the ticker reading the loop waits until
    private @Nullable Thread loop;

    public Poller(List<ServiceConfig> services, int globalIntervalSeconds, PageSource source,
            Consumer<PollResult> listener) {
        this(services, globalIntervalSeconds, source, listener, Ticker.SYSTEM, Clock.systemUTC(),
                RandomGenerator.getDefault());
    }

    /** @param wallClock only stamps results and helps notice a sleep; scheduling uses {@code ticker} */
    public Poller(List<ServiceConfig> services, int globalIntervalSeconds, PageSource source,
            Consumer<PollResult> listener, Ticker ticker, Clock wallClock, RandomGenerator random) {
        this(services, globalIntervalSeconds, source, listener, ticker, wallClock, random, null);
    }

    /**
     * As above, each result taken into its service's state by {@code detector} as the poll completes (so
     * that the next poll is timed from what the result said), and delivered with what it did; without a
     * detector (null) the poller times its polls with one of its own and delivers results untaken.
     */
    public Poller(List<ServiceConfig> services, int globalIntervalSeconds, PageSource source,
            Consumer<PollResult> listener, Ticker ticker, Clock wallClock, RandomGenerator random,
            @Nullable ChangeDetector detector) {
        this.source = Objects.requireNonNull(source, "source");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.ticker = Objects.requireNonNull(ticker, "ticker");
        this.wallClock = Objects.requireNonNull(wallClock, "wallClock");
        this.shared = detector != null;
        this.schedule = new Schedule(random, new HostSlots(HostSlots.PER_HOST, HostSlots.OVERALL),
                detector != null ? detector : new ChangeDetector());
        schedule.update(services, globalIntervalSeconds, ticker.nanoTime());
    }

    /** Starts polling; every service is polled at once. Calling it again does nothing. */
    public void start() {
        lock.lock();
        try {
            if (loop != null || closed) {
                return;
            }
            loop = LoopThreads.daemon(this::run, "statustray-poller-");
            loop.start();
        } finally {
            lock.unlock();
        }
    }

    /** "Refresh now": polls every service at once (within the limits), except those being polled. */
    public void refreshAll() {
        withSchedule(schedule::refreshAll);
    }

    /** Polls one service at once; false when no service has that id. */
    public boolean refresh(String serviceId) {
        boolean[] found = new boolean[1];
        withSchedule(now -> found[0] = schedule.refresh(serviceId, now));
        return found[0];
    }

    /** Reads one service whole at once (no conditional request): what is watched of it changed. */
    public void reread(String serviceId) {
        withSchedule(now -> schedule.reread(serviceId, now));
    }

    /** The network came back or changed: polls every service not polled in the last few seconds. */
    public void networkChanged() {
        withSchedule(schedule::refreshStale);
    }

    /** Applies a changed config without a restart, keeping the global interval. */
    public void updateServices(List<ServiceConfig> services) {
        lock.lock();
        try {
            updateServices(services, schedule.globalSeconds());
        } finally {
            lock.unlock();
        }
    }

    /** Applies a changed config: new services are polled at once, removed ones stop, intervals take effect. */
    public void updateServices(List<ServiceConfig> services, int globalIntervalSeconds) {
        List<ServiceConfig> copy = new ArrayList<>(services);
        withSchedule(now -> schedule.update(copy, globalIntervalSeconds, now));
    }

    /** Stops polling promptly: no result reaches the listener once this returns (unless called by it). */
    @Override
    public void close() {
        Thread running;
        lock.lock();
        try {
            closed = true;
            dirty = true;
            changed.signalAll();
            running = loop;
        } finally {
            lock.unlock();
        }
        LoopThreads.stop(workers, delivery, deliveryThread, running);
    }

    private void run() {
        lock.lock();
        try {
            wake.tick(ticker.nanoTime(), wallClock.instant());
            while (!closed) {
                try {
                    long now = ticker.nanoTime();
                    if (wake.tick(now, wallClock.instant())) {
                        LOG.log(Level.INFO, "the machine seems to have slept: refreshing every service");
                        schedule.refreshStale(now);
                    }
                    for (Schedule.Poll poll : schedule.start(now)) {
                        dispatch(poll);
                    }
                    long wait = Math.min(schedule.nanosUntilNextDue(now), TICK.toNanos());
                    wakeAt = now + wait;
                    if (!dirty) {
                        changed.awaitNanos(wait);
                    }
                    dirty = false;
                } catch (InterruptedException e) {
                    if (!closed) {
                        LOG.log(Level.WARNING, "the poller was interrupted; it goes on until closed");
                    }
                } catch (RuntimeException e) {
                    LOG.log(Level.ERROR, "the poll loop failed; it goes on", e);
                    awaitQuietly(TICK.toNanos());
                }
            }
        } finally {
            lock.unlock();
        }
    }

    private void dispatch(Schedule.Poll poll) {
        try {
            workers.execute(() -> poll(poll));
        } catch (RejectedExecutionException e) {
            schedule.completed(poll, failure(poll, "the poller is closing"), ticker.nanoTime(), wallClock.instant());
        }
    }

    private void poll(Schedule.Poll poll) {
        PageResult result = null;
        try {
            result = source.read(poll.service(), poll.previous());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "reading " + poll.service().id() + " failed", e);
            result = failure(poll, "could not be read: " + e.getClass().getSimpleName());
        } finally {
            finish(poll, result == null ? failure(poll, "could not be read: internal error") : result);
        }
    }

    private void finish(Schedule.Poll poll, PageResult result) {
        lock.lock();
        try {
            long now = ticker.nanoTime();
            Instant wallNow = wallClock.instant();
            Observation seen = schedule.completed(poll, result, now, wallNow);
            boolean current = seen != null;
            if (current && !closed) {
                // Queued under the lock, so a service's results are delivered in the order its polls ended.
                PollResult done = new PollResult(poll.service(), result, now, wallNow, shared ? seen : null);
                delivery.execute(() -> deliver(done));
            }
            if (!closed) {
                // The freed slot is used here and now; the loop is woken only if this service is due before it wakes.
                for (Schedule.Poll next : schedule.start(now)) {
                    dispatch(next);
                }
                if (current && schedule.dueAt(poll.service().id()) - wakeAt < 0) {
                    dirty = true;
                    changed.signalAll();
                }
            }
        } catch (RejectedExecutionException e) {
            // closed meanwhile: the result is dropped, as promised
        } finally {
            lock.unlock();
        }
    }

    private void deliver(PollResult result) {
        if (closed) {
            return;
        }
        try {
            listener.accept(result);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "the poll listener failed on " + result.service().id() + "; polling goes on", e);
        }
    }

    private void withSchedule(LongConsumer change) {
        lock.lock();
        try {
            change.accept(ticker.nanoTime());
            dirty = true;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private void awaitQuietly(long nanos) {
        try {
            changed.awaitNanos(nanos);
        } catch (InterruptedException e) {
            // the loop checks closed
        }
    }

    private static PageResult failure(Schedule.Poll poll, String reason) {
        URI endpoint;
        try {
            endpoint = URI.create(poll.service().url() == null ? "" : poll.service().url());
        } catch (IllegalArgumentException e) {
            endpoint = URI.create("");
        }
        return new PageResult.Failed(endpoint, FailureKind.UNREADABLE, reason, 0, null);
    }
}
