package org.statustray.fetch;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The bytes that all bodies being read, inflated or read into a snapshot at once may hold together. Each body
 * is capped on its own, but sixteen hostile pages at the cap together would still exhaust a small heap, and so
 * would two large valid pages read into snapshots at once; past this budget a read fails (and is retried at the
 * next poll) instead. A body stays paid for in a {@link Hold} until whoever reads it is done with it.
 */
final class BodyBudget {
    static final BodyBudget UNLIMITED = new BodyBudget(Long.MAX_VALUE);
    /**
     * A reader's tree of a body costs up to about 3.3 times the body more (a Statuspage summary of 40,000 small
     * components: 52 MB for 16 MB), so bodies in hand may take a sixth of the heap: with their trees, under
     * three quarters of it.
     */
    static final int HEAP_SHARE = 6;

    private final AtomicLong free;

    BodyBudget(long bytes) {
        free = new AtomicLong(bytes);
    }

    /** A sixth of this JVM's heap, but never less than {@link #oneBody}. */
    static BodyBudget forHeap(long maxBodyBytes) {
        return forHeap(maxBodyBytes, Runtime.getRuntime().maxMemory());
    }

    /** A sixth of a heap of {@code heapBytes} (as {@link Runtime#maxMemory} gives it), but never less than {@link #oneBody}. */
    static BodyBudget forHeap(long maxBodyBytes, long heapBytes) {
        return new BodyBudget(Math.max(oneBody(maxBodyBytes), heapBytes / HEAP_SHARE));
    }

    /**
     * What one body at the cap needs: itself, and while it is inflated the gzip body it came from, which stays in
     * memory until then (status JSON packs 8 to 20 times; an eighth of the cap is room for that).
     */
    static long oneBody(long maxBodyBytes) {
        return maxBodyBytes + maxBodyBytes / 8;
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

    Hold hold() {
        return new Hold();
    }

    /**
     * Bodies read in full, still paid for while they are used (a reader builds its tree from them). Closing it
     * gives their bytes back; bytes handed to it after that go straight back, so a read that ends after its
     * caller gave up costs nothing.
     */
    final class Hold implements AutoCloseable {
        private long bytes;
        private boolean closed;

        /** Takes over {@code n} bytes already paid for from the budget. */
        synchronized void keep(long n) {
            if (closed) {
                give(n);
            } else {
                bytes += n;
            }
        }

        /** Gives back {@code n} of the bytes kept: a body that is no longer needed (the gzip one, once inflated). */
        synchronized void giveBack(long n) {
            long back = Math.min(n, bytes);
            bytes -= back;
            give(back);
        }

        @Override
        public synchronized void close() {
            if (!closed) {
                closed = true;
                give(bytes);
                bytes = 0;
            }
        }
    }
}
