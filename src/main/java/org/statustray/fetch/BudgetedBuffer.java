package org.statustray.fetch;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * A growing body that never holds more than {@code limit} bytes and pays for what it holds from a
 * {@link BodyBudget}. It grows by adding segments, never by copying into a larger array: a copy would hold the
 * old array and the new one at once, so a body could only ever reach half the budget (a 16 MB body needed 24 MB
 * of it). What it pays for is what it holds, at most {@code limit}, so a budget of one body at the cap always
 * fits one. Not thread-safe; {@link #release} returns everything to the budget once, {@link #finish} all but the
 * body it hands over.
 */
final class BudgetedBuffer {
    private static final int FIRST_SEGMENT = 8192;
    private static final int LARGEST_SEGMENT = 1 << 20;
    private static final byte[] NONE = new byte[0];

    private final long limit;
    private final BodyBudget budget;
    private final List<byte[]> filled = new ArrayList<>();
    private byte[] current = NONE;
    private int used;
    private long size;
    private long held;
    private boolean released;

    BudgetedBuffer(long limit, BodyBudget budget) {
        this.limit = limit;
        this.budget = budget;
    }

    void append(ByteBuffer item) throws BodyTooLargeException {
        admit(item.remaining());
        while (item.hasRemaining()) {
            int n = Math.min(item.remaining(), room());
            item.get(current, used, n);
            used += n;
            size += n;
        }
    }

    void append(byte[] chunk, int n) throws BodyTooLargeException {
        admit(n);
        for (int off = 0; off < n; ) {
            int part = Math.min(n - off, room());
            System.arraycopy(chunk, off, current, used, part);
            used += part;
            size += part;
            off += part;
        }
    }

    /**
     * The bytes so far in one array of their own size; the buffer should be released next. Copying them
     * together briefly needs their size again: the budget still counts the segments, not the copy, as the
     * copy only replaces them.
     */
    byte[] toArray() {
        if (filled.isEmpty() && used == current.length) {
            return current;
        }
        byte[] all = new byte[(int) size];
        int at = 0;
        for (byte[] segment : filled) {
            System.arraycopy(segment, 0, all, at, segment.length);
            at += segment.length;
        }
        System.arraycopy(current, 0, all, at, used);
        return all;
    }

    /**
     * {@link #toArray} with the array's bytes kept paid for in {@code hold} (of the same budget) while it is used;
     * the rest of what the buffer held goes back now.
     */
    byte[] finish(BodyBudget.Hold hold) {
        byte[] all = toArray();
        held -= all.length;
        hold.keep(all.length);
        release();
        return all;
    }

    void release() {
        if (!released) {
            released = true;
            budget.give(held);
            held = 0;
            filled.clear();
            current = NONE;
            used = 0;
        }
    }

    private void admit(int n) throws BodyTooLargeException {
        if (released || size + n > limit) {
            throw new BodyTooLargeException(false);
        }
    }

    /** Room left in the current segment, after adding one (paid from the budget) if it is full. */
    private int room() throws BodyTooLargeException {
        if (used == current.length) {
            // Segments double what is held up to 1 MB each: few for a small page, little slack for a large one.
            int next = (int) Math.min(Math.min(LARGEST_SEGMENT, Math.max(FIRST_SEGMENT, held)), limit - held);
            if (!budget.take(next)) {
                throw new BodyTooLargeException(true);
            }
            if (current.length > 0) {
                filled.add(current);
            }
            held += next;
            current = new byte[next];
            used = 0;
        }
        return current.length - used;
    }
}
