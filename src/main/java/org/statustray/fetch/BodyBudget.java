package org.statustray.fetch;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The bytes that all bodies being read or inflated at once may hold together. Each body is capped on its
 * own, but sixteen hostile pages at the cap together would still exhaust a small heap; past this budget a
 * read fails (and is retried at the next poll) instead.
 */
final class BodyBudget {
    static final BodyBudget UNLIMITED = new BodyBudget(Long.MAX_VALUE);

    private final AtomicLong free;

    BodyBudget(long bytes) {
        free = new AtomicLong(bytes);
    }

    /** A quarter of the heap, but never less than one body at the cap. */
    static BodyBudget forHeap(long maxBodyBytes) {
        return new BodyBudget(Math.max(maxBodyBytes, Runtime.getRuntime().maxMemory() / 4));
    }

    boolean take(long bytes) {
        for (long f = free.get(); f >= bytes; f = free.get()) {
            if (free.compareAndSet(f, f - bytes)) {
                return true;
            }
        }
        return false;
    }

    void give(long bytes) {
        free.addAndGet(bytes);
    }

    long free() {
        return free.get();
    }
}
