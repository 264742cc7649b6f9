package org.statustray.watch;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Counts requests in flight, per host and overall, so that a poll starts only when both have room. Not
 * thread-safe: its owner guards it. Waiting polls do not hold anything, so a full host never blocks others.
 *
 * <p>A host whose last request got no answer (it timed out, was refused or reset, or the name did not resolve)
 * is <em>troubled</em>: it gets one slot, and the troubled hosts together hold at most {@code troubledShare} of
 * the overall slots. Twenty hosts that accept a connection and never answer would otherwise hold every slot for
 * a whole timeout at a time, and a healthy page beside them would wait that long; this way the rest of the slots
 * are always left for hosts that answer, and the troubled ones still take their turns within their share.
 */
final class HostSlots {
    static final int PER_HOST = 2;
    static final int OVERALL = 16;

    private final int perHost;
    private final int overall;
    private final int troubledShare;
    private final Map<String, Integer> busy = new HashMap<>();
    /** Per host, how many of its requests in flight were started while it was troubled. */
    private final Map<String, Integer> busyTroubled = new HashMap<>();
    private final Set<String> troubled = new HashSet<>();
    private int total;
    private int totalTroubled;

    /** Troubled hosts may hold half of {@code overall} (at least one). */
    HostSlots(int perHost, int overall) {
        this(perHost, overall, Math.max(1, overall / 2));
    }

    HostSlots(int perHost, int overall, int troubledShare) {
        if (perHost < 1 || overall < 1 || troubledShare < 1 || troubledShare > overall) {
            throw new IllegalArgumentException("limits out of range: " + perHost + ", " + overall + ", " + troubledShare);
        }
        this.perHost = perHost;
        this.overall = overall;
        this.troubledShare = troubledShare;
    }

    /** Whether a request could start at all. */
    boolean hasRoom() {
        return total < overall;
    }

    /** Whether a request to {@code host} could start. */
    boolean hasRoom(String host) {
        if (total >= overall) {
            return false;
        }
        int used = busy.getOrDefault(host, 0);
        return troubled.contains(host) ? used == 0 && totalTroubled < troubledShare : used < perHost;
    }

    /** Takes a slot for a request to {@code host}; false when there is no room. */
    boolean tryAcquire(String host) {
        if (!hasRoom(host)) {
            return false;
        }
        busy.merge(host, 1, Integer::sum);
        total++;
        if (troubled.contains(host)) {
            busyTroubled.merge(host, 1, Integer::sum);
            totalTroubled++;
        }
        return true;
    }

    /** Frees a slot of {@code host}; {@code troubledSlot} is what {@link #isTroubled} said when it was taken. */
    void release(String host, boolean troubledSlot) {
        Integer used = busy.get(host);
        if (used == null || troubledSlot && !busyTroubled.containsKey(host)) {
            throw new IllegalStateException("no such request in flight to " + host);
        }
        decrement(busy, host);
        total--;
        if (troubledSlot) {
            decrement(busyTroubled, host);
            totalTroubled--;
        }
    }

    /** Records whether {@code host} answered its latest request; a host that did not is troubled until it does. */
    void answered(String host, boolean answered) {
        if (answered) {
            troubled.remove(host);
        } else {
            troubled.add(host);
        }
    }

    boolean isTroubled(String host) {
        return troubled.contains(host);
    }

    /** Forgets the trouble of hosts no service uses any more. */
    void retainHosts(Set<String> hosts) {
        troubled.retainAll(hosts);
    }

    int inFlight() {
        return total;
    }

    int inFlight(String host) {
        return busy.getOrDefault(host, 0);
    }

    /** Requests in flight that count against the troubled hosts' share. */
    int inFlightTroubled() {
        return totalTroubled;
    }

    private static void decrement(Map<String, Integer> counts, String host) {
        counts.computeIfPresent(host, (h, n) -> n == 1 ? null : n - 1);
    }
}
