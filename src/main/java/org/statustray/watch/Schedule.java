package org.statustray.watch;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.statustray.fetch.FailureKind;
import org.statustray.fetch.PageResult;
import org.statustray.fetch.Validators;
import org.statustray.model.ServiceConfig;
import org.statustray.model.Status;

/**
 * When each service is polled next: the deterministic core of the {@link Poller}, driven by monotonic
 * nanosecond readings passed in, with no threads and no clock of its own. Not thread-safe. It keeps no
 * copy of what a service's page said: each result is taken into the service's {@link ServiceState} by the
 * {@link ChangeDetector} as the poll completes, and the next poll is timed from that state.
 *
 * <p>After a read the next poll is one interval later (the fast interval while the service has a problem),
 * after a failure one backoff later, never before a {@code Retry-After}; every wait gets up to 10 % jitter.
 * A refresh makes a service due at once unless it is being polled, but still not before a
 * {@code Retry-After}: the server asked.
 */
final class Schedule {
    /** A wake or network refresh skips services polled this recently: their answer is fresh already. */
    static final Duration REFRESH_COALESCE = Duration.ofSeconds(5);

    private static final System.Logger LOG = System.getLogger(Schedule.class.getName());

    /**
     * A poll handed out by {@link #start}, to be handed back to {@link #completed}; {@code troubledSlot}: its
     * host had not answered its last request, so the poll counts against the troubled hosts' share.
     */
    record Poll(long ticket, ServiceConfig service, Validators previous, String host, boolean troubledSlot) {
    }

    private final RandomGenerator random;
    private final HostSlots slots;
    private final ChangeDetector detector;
    private Map<String, ServiceState> entries = new LinkedHashMap<>();
    private int globalSeconds;
    private long nextTicket = 1;

    Schedule(RandomGenerator random, HostSlots slots) {
        this(random, slots, new ChangeDetector());
    }

    Schedule(RandomGenerator random, HostSlots slots, ChangeDetector detector) {
        this.random = Objects.requireNonNull(random, "random");
        this.slots = Objects.requireNonNull(slots, "slots");
        this.detector = Objects.requireNonNull(detector, "detector");
    }

    /**
     * Takes a new config: new services (and services whose address or format changed) are due at once,
     * removed ones are forgotten (a poll of theirs still running is dropped), and a changed interval
     * reschedules the next poll from the last one.
     */
    void update(List<ServiceConfig> services, int newGlobalSeconds, long now) {
        int oldGlobal = globalSeconds;
        globalSeconds = newGlobalSeconds;
        Map<String, ServiceState> next = new LinkedHashMap<>();
        for (ServiceState st : detector.states().update(services)) {
            ServiceConfig service = st.config();
            PollTimes t = st.times;
            ServiceConfig old = entries.containsKey(st.id) ? t.config : null;
            t.config = service;
            if (old == null || !sameSource(old, service)) {
                warnIfClamped(service);
                if (old != null && !samePage(old, service)) {
                    st.resetPage(); // another page now: nothing read of the old one holds
                }
                t.restart(PollIntervals.host(service.url()), now);
            } else if (!t.inFlight() && t.completed
                    && !PollIntervals.base(old, oldGlobal).equals(PollIntervals.base(service, globalSeconds))) {
                t.due = t.completedAt + delayAfter(st);
            }
            next.put(st.id, st);
        }
        entries = next;
        Set<String> hosts = new HashSet<>();
        next.values().forEach(st -> hosts.add(st.times.host));
        slots.retainHosts(hosts);
    }

    /**
     * Starts every due service that has a free slot ({@link HostSlots}: a host that did not answer its last
     * poll gets one, within the troubled hosts' share), earliest due first (in config order among equals), and
     * hands out their polls. One pass per poll started, so a freed slot costs one pass, not a sort of all.
     */
    List<Poll> start(long now) {
        List<Poll> polls = List.of();
        while (slots.hasRoom()) {
            ServiceState next = null;
            for (ServiceState st : entries.values()) {
                PollTimes e = st.times;
                if (!e.inFlight() && e.due - now <= 0 && (next == null || e.due - next.times.due < 0)
                        && slots.hasRoom(e.host)) {
                    next = st;
                }
            }
            boolean troubledSlot = next != null && slots.isTroubled(next.times.host);
            if (next == null || !slots.tryAcquire(next.times.host)) {
                break;
            }
            PollTimes t = next.times;
            t.ticket = nextTicket++;
            t.startedAt = now;
            t.started = true;
            if (polls.isEmpty()) {
                polls = new ArrayList<>();
            }
            polls.add(new Poll(t.ticket, next.config(), t.validators, t.host, troubledSlot));
        }
        return polls;
    }

    /**
     * Frees the poll's slot, takes its result into the service's state and schedules the next poll from
     * that state. Null when the service was removed or changed meanwhile: then the result is stale and must
     * not be delivered; else what the result did to the service.
     */
    Observation completed(Poll poll, PageResult result, long now, Instant wallNow) {
        slots.release(poll.host(), poll.troubledSlot());
        slots.answered(poll.host(), !(result instanceof PageResult.Failed f && f.kind() == FailureKind.UNREACHABLE));
        ServiceState st = entries.get(poll.service().id());
        if (st == null || st.times.ticket != poll.ticket()) {
            return null;
        }
        boolean wasUnreachable = st.unreachable();
        Observation seen = detector.observe(st.config(), result, wallNow);
        PollTimes t = st.times;
        t.ticket = 0;
        t.completed = true;
        t.completedAt = now;
        t.hold = false;
        if (result instanceof PageResult.Failed failed) {
            holdForRetryAfter(t, failed.retryAt(), now, wallNow);
        } else {
            keepValidators(t, result);
            if (wasUnreachable) {
                refreshIfNetworkReturned(st, now);
            }
        }
        t.due = now + delayAfter(st);
        return seen;
    }

    private static void keepValidators(PollTimes t, PageResult result) {
        if (result instanceof PageResult.Read read) {
            t.validators = read.validators() == null ? Validators.NONE : read.validators();
        } else if (result instanceof PageResult.Unchanged unchanged) {
            Validators fresh = unchanged.validators();
            if (fresh != null && !fresh.isEmpty()) {
                t.validators = fresh;
            }
        }
    }

    /** Makes the service due at once (see the class comment); false when there is no such service. */
    boolean refresh(String serviceId, long now) {
        ServiceState st = entries.get(serviceId);
        if (st == null) {
            return false;
        }
        makeDue(st.times, now);
        return true;
    }

    /** Makes the service due at once with no validators, so that the page is read whole again. */
    boolean reread(String serviceId, long now) {
        ServiceState st = entries.get(serviceId);
        if (st == null) {
            return false;
        }
        st.times.validators = Validators.NONE;
        makeDue(st.times, now);
        return true;
    }

    void refreshAll(long now) {
        entries.values().forEach(st -> makeDue(st.times, now));
    }

    /** A refresh after a wake or a network change: only services not polled in the last few seconds. */
    void refreshStale(long now) {
        long coalesce = REFRESH_COALESCE.toNanos();
        for (ServiceState st : entries.values()) {
            if (!st.times.started || now - st.times.startedAt >= coalesce) {
                makeDue(st.times, now);
            }
        }
    }

    /**
     * Nanoseconds until the next service not yet due becomes due, or {@link Long#MAX_VALUE} if none.
     * Services already due but waiting for a slot are left out: a finished poll frees their slot.
     */
    long nanosUntilNextDue(long now) {
        long soonest = Long.MAX_VALUE;
        for (ServiceState st : entries.values()) {
            long wait = st.times.due - now;
            if (!st.times.inFlight() && wait > 0 && wait < soonest) {
                soonest = wait;
            }
        }
        return soonest;
    }

    int globalSeconds() {
        return globalSeconds;
    }

    /** When the service is next due, as a {@link Ticker} reading; for tests and diagnostics. */
    long dueAt(String serviceId) {
        return entry(serviceId).times.due;
    }

    boolean inFlight(String serviceId) {
        return entry(serviceId).times.inFlight();
    }

    int failures(String serviceId) {
        ServiceState st = entry(serviceId);
        synchronized (st) {
            return st.failures;
        }
    }

    private ServiceState entry(String serviceId) {
        ServiceState st = entries.get(serviceId);
        if (st == null) {
            throw new IllegalArgumentException("no service " + serviceId);
        }
        return st;
    }

    /** The wait after the last poll, from what the service's state says now. */
    private long delayAfter(ServiceState st) {
        int failures;
        boolean moved;
        Status read;
        synchronized (st) {
            failures = st.failures;
            moved = st.readMoved;
            read = st.readStatus;
        }
        PollTimes t = st.times;
        Duration base = PollIntervals.base(st.config(), globalSeconds);
        Duration wait = failures > 0 ? PollIntervals.backoff(base, failures)
                : moved ? PollIntervals.confirm(base, t.host)
                : read != null && read.isProblem() ? PollIntervals.fast(base, t.host) : base;
        long nanos = wait.toNanos();
        if (t.hold && t.holdUntil - t.completedAt > nanos) {
            nanos = t.holdUntil - t.completedAt;
        }
        return PollIntervals.jittered(nanos, random.nextDouble());
    }

    private static void holdForRetryAfter(PollTimes t, Instant retryAt, long now, Instant wallNow) {
        if (retryAt == null || wallNow == null) {
            return;
        }
        // The server's instant becomes a monotonic deadline once; from here on only the ticker counts.
        Duration wait = Duration.between(wallNow, retryAt);
        if (wait.isNegative() || wait.isZero()) {
            return;
        }
        t.hold = true;
        Duration capped = wait.compareTo(PollIntervals.MAX_RETRY_AFTER) > 0 ? PollIntervals.MAX_RETRY_AFTER : wait;
        t.holdUntil = now + capped.toNanos();
    }

    /**
     * A service that could not be reached answers again: if every other polled service is still
     * unreachable, the machine was offline and is back, so they are all polled now instead of after
     * their backoff.
     */
    private void refreshIfNetworkReturned(ServiceState answered, long now) {
        if (detector.states().everyPolledUnreachable(answered)) {
            entries.values().stream().filter(st -> st != answered).forEach(st -> makeDue(st.times, now));
        }
    }

    private static void makeDue(PollTimes t, long now) {
        if (t.inFlight()) {
            return;
        }
        t.due = t.hold && t.holdUntil - now > 0 ? t.holdUntil : now;
    }

    private static boolean samePage(ServiceConfig a, ServiceConfig b) {
        return Objects.equals(a.url(), b.url()) && Objects.equals(a.format(), b.format());
    }

    private static boolean sameSource(ServiceConfig a, ServiceConfig b) {
        return Objects.equals(a.url(), b.url()) && Objects.equals(a.format(), b.format())
                && a.addedByUrl() == b.addedByUrl();
    }

    private static void warnIfClamped(ServiceConfig service) {
        Integer own = service.pollIntervalSeconds();
        String host = PollIntervals.host(service.url());
        Duration minimum = PollIntervals.minimumFor(host);
        if (own != null && own > 0 && Duration.ofSeconds(own).compareTo(minimum) < 0) {
            LOG.log(Level.INFO, "{0}: polling every {1} s, the minimum for {2}, not every {3} s",
                    service.id(), minimum.toSeconds(), host, own);
        }
    }
}
