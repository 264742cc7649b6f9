package org.statustray.watch;

/**
 * Monotonic time in nanoseconds, for scheduling. Only differences between two readings mean anything;
 * tests pass a fake one to drive the schedule without waiting.
 */
@FunctionalInterface
public interface Ticker {
    Ticker SYSTEM = System::nanoTime;

    long nanoTime();
}
