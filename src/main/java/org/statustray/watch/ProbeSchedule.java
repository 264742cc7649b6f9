package org.statustray.watch;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;

/**
 * When each service's own address is probed next: the deterministic core of the {@link ProbePoller}, driven by
 * {@link Ticker} readings passed in, with no threads and no clock of its own. Not thread-safe: the prober's
 * lock guards it.
 *
 * <p>One probe per service per interval ({@link ProbeIntervals}), timed from the end of the last one, one at a
 * time per host and at most {@link #OVERALL} together ({@link HostSlots}: a host that did not answer gets no
 * more than its one slot, within half of them), so a hung host holds one slot and nothing else waits for it.
 * Nothing starts while the machine is offline or for {@link #WAKE_HOLD} after a sleep, and a probe that was
 * running across a sleep says nothing (its answer is of another time).
 */
final class ProbeSchedule {
    static final int OVERALL = 8;
    /** After a wake the network takes a moment to come back; the pages are read again first. */
    static final Duration WAKE_HOLD = Duration.ofSeconds(30);

    /** A probe handed out by {@link #start}, to be handed back to {@link #completed}. */
    record Probe(long ticket, String serviceId, URI address, String host, boolean troubledSlot, long startedAt) {
    }

    private static final class Entry {
        URI address;
        String host;
        long due;
        long ticket; // 0: none running

        Entry(URI address, long due) {
            this.address = address;
            this.host = host(address);
            this.due = due;
        }
    }

    private final RandomGenerator random;
    private final HostSlots slots = new HostSlots(1, OVERALL);
    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private long nextTicket = 1;
    private boolean woke;
    private long wokeAt;

    ProbeSchedule(RandomGenerator random) {
        this.random = Objects.requireNonNull(random, "random");
    }

    /** Probes exactly these services (id → address, in order): new ones and new addresses are due at once. */
    void update(Map<String, URI> addresses, long now) {
        entries.keySet().retainAll(addresses.keySet());
        addresses.forEach((id, address) -> {
            Entry e = entries.get(id);
            if (e == null || !e.address.equals(address)) {
                entries.put(id, new Entry(address, now)); // a probe of the old address still running is dropped
            }
        });
        Set<String> hosts = new HashSet<>();
        entries.values().forEach(e -> hosts.add(e.host));
        slots.retainHosts(hosts);
    }

    /** The machine slept: probing waits {@link #WAKE_HOLD}, and what was running across the sleep is dropped. */
    void woke(long now) {
        woke = true;
        wokeAt = now;
    }

    /**
     * Starts every due probe that has a free slot, earliest due first, unless the plan is off, the machine is
     * {@code offline}, or it woke from a sleep less than {@link #WAKE_HOLD} ago.
     */
    List<Probe> start(long now, ProbePlan plan, boolean offline) {
        if (!plan.on() || offline || woke && now - wokeAt < WAKE_HOLD.toNanos()) {
            return List.of();
        }
        List<Probe> probes = new ArrayList<>();
        while (slots.hasRoom()) {
            String nextId = null;
            Entry next = null;
            for (Map.Entry<String, Entry> me : entries.entrySet()) {
                Entry e = me.getValue();
                if (e.ticket == 0 && e.due - now <= 0 && (next == null || e.due - next.due < 0) && slots.hasRoom(e.host)) {
                    nextId = me.getKey();
                    next = e;
                }
            }
            boolean troubled = next != null && slots.isTroubled(next.host);
            if (next == null || nextId == null || !slots.tryAcquire(next.host)) {
                break;
            }
            next.ticket = nextTicket++;
            probes.add(new Probe(next.ticket, nextId, next.address, next.host, troubled, now));
        }
        return probes;
    }

    /**
     * Frees the probe's slot and times the next one from now: sooner while {@code trouble} (the page shows a
     * problem or the probe failed). Whether its answer is news: false when the service was removed or its
     * address changed meanwhile, or the machine slept while it ran.
     */
    boolean completed(Probe probe, boolean answered, boolean trouble, ProbePlan plan, long now) {
        slots.release(probe.host(), probe.troubledSlot());
        slots.answered(probe.host(), answered);
        Entry e = entries.get(probe.serviceId());
        if (e == null || e.ticket != probe.ticket()) {
            return false;
        }
        e.ticket = 0;
        e.due = now + ProbeIntervals.jittered(ProbeIntervals.next(plan, e.host, trouble), random.nextDouble());
        return current(probe);
    }

    /** Whether the probe's answer still speaks for now: it did not run across a sleep. */
    boolean current(Probe probe) {
        return !woke || probe.startedAt() - wokeAt >= 0;
    }

    /** Nanoseconds until the next probe not running becomes due, or {@link Long#MAX_VALUE} if none. */
    long nanosUntilNextDue(long now) {
        long soonest = Long.MAX_VALUE;
        for (Entry e : entries.values()) {
            long wait = e.due - now;
            if (e.ticket == 0 && wait > 0 && wait < soonest) {
                soonest = wait;
            }
        }
        return soonest;
    }

    /** When the service's next probe is due, as a {@link Ticker} reading; for tests and diagnostics. */
    long dueAt(String serviceId) {
        Entry e = entries.get(serviceId);
        if (e == null) {
            throw new IllegalArgumentException("no probe of " + serviceId);
        }
        return e.due;
    }

    boolean probes(String serviceId) {
        return entries.containsKey(serviceId);
    }

    private static String host(URI address) {
        @Nullable String host = address.getHost();
        return host == null ? "" : host.toLowerCase(Locale.ROOT);
    }
}
