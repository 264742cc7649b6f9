package org.statustray.fetch;

import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * A growing byte array that never holds more than {@code limit} bytes and pays for its capacity from a
 * {@link BodyBudget}. Not thread-safe; {@link #release} returns the capacity to the budget once.
 */
final class BudgetedBuffer {
    private final long limit;
    private final BodyBudget budget;
    private byte[] bytes = new byte[0];
    private int size;
    private boolean released;

    BudgetedBuffer(long limit, BodyBudget budget) {
        this.limit = limit;
        this.budget = budget;
    }

    void append(ByteBuffer item) throws BodyTooLargeException {
        int n = item.remaining();
        ensure(n);
        item.get(bytes, size, n);
        size += n;
    }

    void append(byte[] chunk, int n) throws BodyTooLargeException {
        ensure(n);
        System.arraycopy(chunk, 0, bytes, size, n);
        size += n;
    }

    /** The bytes so far, in an array of their own size; the buffer should be released next. */
    byte[] toArray() {
        return size == bytes.length ? bytes : Arrays.copyOf(bytes, size);
    }

    void release() {
        if (!released) {
            released = true;
            budget.give(bytes.length);
            bytes = new byte[0];
        }
    }

    private void ensure(int n) throws BodyTooLargeException {
        if (released) {
            throw new BodyTooLargeException(false);
        }
        if ((long) size + n > limit) {
            throw new BodyTooLargeException(false);
        }
        if (size + n > bytes.length) {
            long wanted = Math.max((long) size + n, Math.min(limit, Math.max(8192L, bytes.length * 2L)));
            if (!budget.take(wanted)) {
                throw new BodyTooLargeException(true);
            }
            byte[] grown = Arrays.copyOf(bytes, (int) wanted);
            budget.give(bytes.length);
            bytes = grown;
        }
    }
}
