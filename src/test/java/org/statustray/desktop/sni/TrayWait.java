package org.statustray.desktop.sni;

import java.time.Duration;
import java.util.concurrent.Callable;

/** Waits for a condition by polling it until a deadline, never by sleeping a fixed time. */
final class TrayWait {
    static final Duration DEADLINE = Duration.ofSeconds(10);

    private TrayWait() {
    }

    static void until(Callable<Boolean> condition) {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        Exception last = null;
        while (System.nanoTime() < deadline) {
            try {
                if (condition.call()) {
                    return;
                }
            } catch (Exception e) {
                last = e;
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting", e);
            }
        }
        throw new AssertionError("condition not met within " + DEADLINE, last);
    }
}
