package org.statustray.testing;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Polls a condition another thread makes true, failing with what was awaited once the deadline passes. */
public final class Await {
    private Await() {
    }

    public static void until(BooleanSupplier condition, Duration within, String what) {
        until(condition, within, () -> what);
    }

    /** {@code what} is asked for only on failure, so it may describe the state at that moment. */
    public static void until(BooleanSupplier condition, Duration within, Supplier<String> what) {
        long deadline = System.nanoTime() + within.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("not within " + within.toSeconds() + " s: " + what.get());
            }
            LockSupport.parkNanos(20_000_000); // a polling interval under a deadline, not a wait for time to pass
        }
    }
}
