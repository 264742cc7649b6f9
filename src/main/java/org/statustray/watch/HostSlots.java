package org.statustray.watch;

import java.util.HashMap;
import java.util.Map;

/**
 * Counts requests in flight, per host and overall, so that a poll starts only when both have room. Not
 * thread-safe: its owner guards it. Waiting polls do not hold anything, so a full host never blocks others.
 */
final class HostSlots {
    static final int PER_HOST = 2;
    static final int OVERALL = 16;

    private final int perHost;
    private final int overall;
    private final Map<String, Integer> busy = new HashMap<>();
    private int total;

    HostSlots(int perHost, int overall) {
        if (perHost < 1 || overall < 1) {
            throw new IllegalArgumentException("limits must be positive: " + perHost + ", " + overall);
        }
        this.perHost = perHost;
        this.overall = overall;
    }

    /** Whether a request could start at all. */
    boolean hasRoom() {
        return total < overall;
    }

    /** Whether a request to {@code host} could start. */
    boolean hasRoom(String host) {
        return total < overall && busy.getOrDefault(host, 0) < perHost;
    }

    boolean tryAcquire(String host) {
        int used = busy.getOrDefault(host, 0);
        if (total >= overall || used >= perHost) {
            return false;
        }
        busy.put(host, used + 1);
        total++;
        return true;
    }

    void release(String host) {
        Integer used = busy.get(host);
        if (used == null) {
            throw new IllegalStateException("no request in flight to " + host);
        }
        if (used == 1) {
            busy.remove(host);
        } else {
            busy.put(host, used - 1);
        }
        total--;
    }

    int inFlight() {
        return total;
    }

    int inFlight(String host) {
        return busy.getOrDefault(host, 0);
    }
}
