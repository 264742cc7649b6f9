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

/**
 * When each service is polled next: the deterministic core of the {@link Poller}, driven by monotonic
 * nanosecond readings passed in, with no threads and no clock of its own. Not thread-safe.
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
    private Map<String, PollEntry> entries = new LinkedHashMap<>();
    private int globalSeconds;
    private long nextTicket = 1;

    Schedule(RandomGenerator random, HostSlots slots) {
        this.random = Objects.requireNonNull(random, "random");
        this.slots = Objects.requireNonNull(slots, "slots");
    }

    /**
     * Takes a new config: new services (and services whose address or format changed) are due at once,
     * removed ones are forgotten (a poll of theirs still running is dropped), and a changed interval
     * reschedules the next poll from the last one.
     */
    void update(List<ServiceConfig> services, int newGlobalSeconds, long now) {
        int oldGlobal = globalSeconds;
        globalSeconds = newGlobalSeconds;
        Map<String, PollEntry> next = new LinkedHashMap<>();
        for (ServiceConfig service : services) {
            if (service == null || service.id() == null || next.containsKey(service.id())) {
                LOG.log(Level.WARNING, "ignoring a service without an id or with a repeated id: {0}", service);
                continue;
            }
            PollEntry old = entries.get(service.id());
            if (old == null || !sameSource(old.config, service)) {
                warnIfClamped(service);
                next.put(service.id(), new PollEntry(service, now));
                continue;
            }
            Duration before = PollIntervals.base(old.config, oldGlobal);
            old.config = service;
            if (!old.inFlight() && old.completed && !before.equals(PollIntervals.base(service, globalSeconds))) {
                old.due = old.completedAt + delayAfter(old);
            }
            next.put(service.id(), old);
        }
        entries = next;
        Set<String> hosts = new HashSet<>();
        next.values().forEach(e -> hosts.add(e.host));
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
            PollEntry next = null;
            for (PollEntry e : entries.values()) {
                if (!e.inFlight() && e.due - now <= 0 && (next == null || e.due - next.due < 0)
                        && slots.hasRoom(e.host)) {
                    next = e;
                }
            }
            boolean troubledSlot = next != null && slots.isTroubled(next.host);
            if (next == null || !slots.tryAcquire(next.host)) {
                break;
            }
            next.ticket = nextTicket++;
            next.startedAt = now;
            next.started = true;
            if (polls.isEmpty()) {
                polls = new ArrayList<>();
            }
            polls.add(new Poll(next.ticket, next.config, next.validators, next.host, troubledSlot));
        }
        return polls;
    }

    /**
     * Frees the poll's slot and schedules the service's next poll from what it gave. False when the
     * service was removed or changed meanwhile: then the result is stale and must not be delivered.
     */
    boolean completed(Poll poll, PageResult result, long now, Instant wallNow) {
        slots.release(poll.host(), poll.troubledSlot());
        slots.answered(poll.host(), !(result instanceof PageResult.Failed f && f.kind() == FailureKind.UNREACHABLE));
        PollEntry e = entries.get(poll.service().id());
        if (e == null || e.ticket != poll.ticket()) {
            return false;
        }
        boolean wasUnreachable = e.failures > 0 && e.lastFailure == FailureKind.UNREACHABLE;
        e.ticket = 0;
        e.completed = true;
        e.completedAt = now;
        e.hold = false;
        if (result instanceof PageResult.Failed) {
            PageResult.Failed failed = (PageResult.Failed) result;
            e.failures++;
            e.lastFailure = failed.kind();
            holdForRetryAfter(e, failed.retryAt(), now, wallNow);
        } else {
            e.recordAnswer(result);
            if (wasUnreachable) {
                refreshIfNetworkReturned(e, now);
            }
        }
        e.due = now + delayAfter(e);
        return true;
    }

    /** Makes the service due at once (see the class comment); false when there is no such service. */
    boolean refresh(String serviceId, long now) {
        PollEntry e = entries.get(serviceId);
        if (e == null) {
            return false;
        }
        makeDue(e, now);
        return true;
    }

    /** Makes the service due at once with no validators, so that the page is read whole again. */
    boolean reread(String serviceId, long now) {
        PollEntry e = entries.get(serviceId);
        if (e == null) {
            return false;
        }
        e.validators = Validators.NONE;
        makeDue(e, now);
        return true;
    }

    void refreshAll(long now) {
        entries.values().forEach(e -> makeDue(e, now));
    }

    /** A refresh after a wake or a network change: only services not polled in the last few seconds. */
    void refreshStale(long now) {
        long coalesce = REFRESH_COALESCE.toNanos();
        for (PollEntry e : entries.values()) {
            if (!e.started || now - e.startedAt >= coalesce) {
                makeDue(e, now);
            }
        }
    }

    /**
     * Nanoseconds until the next service not yet due becomes due, or {@link Long#MAX_VALUE} if none.
     * Services already due but waiting for a slot are left out: a finished poll frees their slot.
     */
    long nanosUntilNextDue(long now) {
        long soonest = Long.MAX_VALUE;
        for (PollEntry e : entries.values()) {
            long wait = e.due - now;
            if (!e.inFlight() && wait > 0 && wait < soonest) {
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
        return entry(serviceId).due;
    }

    boolean inFlight(String serviceId) {
        return entry(serviceId).inFlight();
    }

    int failures(String serviceId) {
        return entry(serviceId).failures;
    }

    private PollEntry entry(String serviceId) {
        PollEntry e = entries.get(serviceId);
        if (e == null) {
            throw new IllegalArgumentException("no service " + serviceId);
        }
        return e;
    }

    private long delayAfter(PollEntry e) {
        Duration base = PollIntervals.base(e.config, globalSeconds);
        Duration wait = e.failures > 0 ? PollIntervals.backoff(base, e.failures)
                : e.unconfirmed ? PollIntervals.confirm(base, e.host)
                : e.status != null && e.status.isProblem() ? PollIntervals.fast(base, e.host) : base;
        long nanos = wait.toNanos();
        if (e.hold && e.holdUntil - e.completedAt > nanos) {
            nanos = e.holdUntil - e.completedAt;
        }
        return PollIntervals.jittered(nanos, random.nextDouble());
    }

    private static void holdForRetryAfter(PollEntry e, Instant retryAt, long now, Instant wallNow) {
        if (retryAt == null || wallNow == null) {
            return;
        }
        // The server's instant becomes a monotonic deadline once; from here on only the ticker counts.
        Duration wait = Duration.between(wallNow, retryAt);
        if (wait.isNegative() || wait.isZero()) {
            return;
        }
        e.hold = true;
        Duration capped = wait.compareTo(PollIntervals.MAX_RETRY_AFTER) > 0 ? PollIntervals.MAX_RETRY_AFTER : wait;
        e.holdUntil = now + capped.toNanos();
    }

    /**
     * A service that could not be reached answers again: if every other polled service is still
     * unreachable, the machine was offline and is back, so they are all polled now instead of after
     * their backoff.
     */
    private void refreshIfNetworkReturned(PollEntry answered, long now) {
        List<PollEntry> unreachable = new ArrayList<>();
        for (PollEntry other : entries.values()) {
            if (other == answered || !other.completed || other.inFlight()) {
                continue;
            }
            if (other.failures == 0 || other.lastFailure != FailureKind.UNREACHABLE) {
                return; // something else answered all along: this was one host's trouble, not the network's
            }
            unreachable.add(other);
        }
        unreachable.forEach(e -> makeDue(e, now));
    }

    private static void makeDue(PollEntry e, long now) {
        if (e.inFlight()) {
            return;
        }
        e.due = e.hold && e.holdUntil - now > 0 ? e.holdUntil : now;
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
