package org.statustray.watch;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * The threads of a watching loop ({@link Poller}, {@link ProbePoller}): a loop thread, workers that do the
 * network I/O and one delivery thread that hands results on in order. How they are made and stopped.
 */
final class LoopThreads {
    /** Waited at most for the delivery thread to finish what it holds, and for the loop to end. */
    private static final long STOP_WAIT_SECONDS = 5;
    private static final AtomicInteger THREADS = new AtomicInteger();

    private LoopThreads() {
    }

    /** A daemon thread named {@code prefix} and a number: a tray app never stays up for its loops. */
    static Thread daemon(Runnable r, String prefix) {
        Thread t = new Thread(r, prefix + THREADS.incrementAndGet());
        t.setDaemon(true);
        return t;
    }

    /**
     * Stops the workers at once and lets the delivery thread finish, then waits for the loop thread. A call
     * from the delivery thread itself ({@code deliveryThread}, null when not known) or from the loop does not
     * wait for itself.
     */
    static void stop(ExecutorService workers, ExecutorService delivery, @Nullable Thread deliveryThread,
            @Nullable Thread loop) {
        workers.shutdownNow();
        delivery.shutdown();
        try {
            if (Thread.currentThread() != deliveryThread) {
                delivery.awaitTermination(STOP_WAIT_SECONDS, TimeUnit.SECONDS);
            }
            if (loop != null && loop != Thread.currentThread()) {
                loop.join(TimeUnit.SECONDS.toMillis(STOP_WAIT_SECONDS));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
