package org.statustray.watch;

import java.lang.System.Logger.Level;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;
import org.statustray.model.ProbeFailure;
import org.statustray.model.ProbeResult;
import org.statustray.model.ProbeTimes;
import org.statustray.model.ServiceConfig;

/**
 * Probes the watched services' own addresses on their {@link ProbeSchedule}, apart from the page polls:
 * its own loop thread, its own workers (as many as the schedule's slots) and one delivery thread that hands
 * each {@link ProbeReport} on in the order the probes ended. Which services are probed is read from
 * {@link ServiceStates} and the {@link Probing} on every pass. A probe that outlasts the plan's timeout (and a
 * little grace) is reported as timed out; its slot stays taken until the engine returns, so a hung host is
 * never asked twice at once. All threads are daemons; nothing thrown stops the probing.
 */
public final class ProbePoller implements AutoCloseable {
    static final Duration TICK = Duration.ofSeconds(5);
    /** Beyond the plan's timeout, what the engine gets to give its own answer before one is given for it. */
    static final Duration GRACE = Duration.ofSeconds(2);

    private static final System.Logger LOG = System.getLogger(ProbePoller.class.getName());

    private final ServiceStates states;
    private final Probing probing;
    private final Consumer<ProbeReport> listener;
    private final Ticker ticker;
    private final Clock wallClock;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final ProbeSchedule schedule;
    private final WakeDetector wake = new WakeDetector(TICK, WakeDetector.SLACK);
    private final ExecutorService workers = Executors.newCachedThreadPool(r -> LoopThreads.daemon(r, "statustray-probe-"));
    private final ExecutorService delivery =
            Executors.newSingleThreadExecutor(r -> LoopThreads.daemon(r, "statustray-probe-results-"));
    private volatile boolean closed;
    private @Nullable Thread loop;

    public ProbePoller(ServiceStates states, Probing probing, Consumer<ProbeReport> listener, Ticker ticker,
            Clock wallClock, RandomGenerator random) {
        this.states = Objects.requireNonNull(states, "states");
        this.probing = Objects.requireNonNull(probing, "probing");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.ticker = Objects.requireNonNull(ticker, "ticker");
        this.wallClock = Objects.requireNonNull(wallClock, "wallClock");
        this.schedule = new ProbeSchedule(random);
    }

    /** Starts probing. Calling it again does nothing. */
    public void start() {
        lock.lock();
        try {
            if (loop != null || closed) {
                return;
            }
            loop = LoopThreads.daemon(this::run, "statustray-prober-");
            loop.start();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void close() {
        Thread running;
        lock.lock();
        try {
            closed = true;
            changed.signalAll();
            running = loop;
        } finally {
            lock.unlock();
        }
        LoopThreads.stop(workers, delivery, null, running);
    }

    private void run() {
        lock.lock();
        try {
            wake.tick(ticker.nanoTime(), wallClock.instant());
            while (!closed) {
                try {
                    long now = ticker.nanoTime();
                    if (wake.tick(now, wallClock.instant())) {
                        schedule.woke(now);
                    }
                    schedule.update(addresses(), now);
                    ProbePlan plan = probing.plan().get();
                    for (ProbeSchedule.Probe p : schedule.start(now, plan, states.everyPolledUnreachable(null))) {
                        dispatch(p, plan);
                    }
                    changed.awaitNanos(Math.min(schedule.nanosUntilNextDue(now), TICK.toNanos()));
                } catch (InterruptedException e) {
                    // the loop checks closed
                } catch (RuntimeException e) {
                    LOG.log(Level.ERROR, "the probe loop failed; it goes on", e);
                    awaitQuietly();
                }
            }
        } finally {
            lock.unlock();
        }
    }

    private void awaitQuietly() {
        try {
            changed.awaitNanos(TICK.toNanos());
        } catch (InterruptedException e) {
            // the loop checks closed
        }
    }

    private Map<String, URI> addresses() {
        Map<String, URI> addresses = new LinkedHashMap<>();
        for (ServiceState st : states.watched()) {
            ServiceConfig s = st.config();
            if (s != null) {
                probing.addressOf(s).ifPresent(a -> addresses.put(s.id(), a));
            }
        }
        return addresses;
    }

    private void dispatch(ProbeSchedule.Probe p, ProbePlan plan) {
        AtomicBoolean told = new AtomicBoolean();
        CompletableFuture<ProbeResult> run;
        try {
            run = CompletableFuture.supplyAsync(() -> probe(p), workers);
        } catch (RejectedExecutionException e) {
            return; // closing
        }
        run.whenComplete((r, e) -> finish(p, plan, r != null ? r : failed(p, ProbeFailure.OTHER, "the probe failed"), told));
        run.copy().completeOnTimeout(failed(p, ProbeFailure.TIMEOUT, "no answer within " + plan.timeout().toSeconds() + " s"),
                plan.timeout().plus(GRACE).toMillis(), TimeUnit.MILLISECONDS)
                .thenAccept(r -> report(p, r, told));
    }

    private ProbeResult probe(ProbeSchedule.Probe p) {
        try {
            return probing.source().probe(p.address());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "probing " + p.serviceId() + " failed", e);
            return failed(p, ProbeFailure.OTHER, "the probe failed: " + e.getClass().getSimpleName());
        }
    }

    /** The probe's slot is free: the next one is timed from here. */
    private void finish(ProbeSchedule.Probe p, ProbePlan plan, ProbeResult r, AtomicBoolean told) {
        lock.lock();
        try {
            ServiceState st = states.get(p.serviceId()).orElse(null);
            boolean trouble = !r.reachable() || st != null && st.shown().isProblem();
            schedule.completed(p, r.hostAnswered(), trouble, plan, ticker.nanoTime());
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        report(p, r, told);
    }

    /** Hands the probe's answer on once (its own, or the timeout's if that came first), unless it is stale. */
    private void report(ProbeSchedule.Probe p, ProbeResult r, AtomicBoolean told) {
        if (closed || told.getAndSet(true)) {
            return;
        }
        boolean current;
        lock.lock();
        try {
            current = schedule.current(p) && schedule.probes(p.serviceId());
        } finally {
            lock.unlock();
        }
        ServiceConfig s = states.get(p.serviceId()).map(ServiceState::config).orElse(null);
        if (!current || s == null) {
            return;
        }
        try {
            delivery.execute(() -> deliver(new ProbeReport(s, r)));
        } catch (RejectedExecutionException e) {
            // closed meanwhile
        }
    }

    private void deliver(ProbeReport report) {
        if (closed) {
            return;
        }
        try {
            listener.accept(report);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "the probe listener failed on " + report.service().id() + "; probing goes on", e);
        }
    }

    private ProbeResult failed(ProbeSchedule.Probe p, ProbeFailure failure, String reason) {
        long ms = (ticker.nanoTime() - p.startedAt()) / 1_000_000;
        return new ProbeResult(p.address().toString(), false, null, new ProbeTimes(null, null, null, null, ms),
                failure, reason, wallClock.instant());
    }
}
