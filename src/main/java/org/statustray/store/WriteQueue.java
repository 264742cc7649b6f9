package org.statustray.store;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * One thread that runs the jobs given to it, one at a time, in the order given, so that whoever hands out
 * work (the poll results) never waits for the disk. A reader can wait for every job given before it asked
 * ({@link #awaitGiven}), so that it sees what was written before it. The thread starts with the first job.
 */
final class WriteQueue {
    private static final System.Logger LOG = System.getLogger(WriteQueue.class.getName());

    private final String threadName;
    private final ArrayDeque<Runnable> jobs = new ArrayDeque<>(); // guarded by this
    private long given; // guarded by this
    private long done; // guarded by this
    private boolean closing; // guarded by this
    private @Nullable Thread thread; // guarded by this

    WriteQueue(String threadName) {
        this.threadName = threadName;
    }

    /** Runs {@code job} on the writer thread after every job given before it; false once closing. */
    synchronized boolean give(Runnable job) {
        if (closing) {
            return false;
        }
        jobs.add(job);
        given++;
        if (thread == null) {
            thread = new Thread(this::run, threadName);
            thread.setDaemon(true);
            thread.start();
        }
        notifyAll();
        return true;
    }

    /** Waits until every job given before this call has run; at once on the writer thread itself. */
    void awaitGiven() {
        synchronized (this) {
            if (Thread.currentThread() == thread) {
                return;
            }
            long target = given;
            while (done < target) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** Takes no more jobs, runs those given (waiting up to {@code drain} for them), then ends the thread. */
    void close(Duration drain) {
        Thread running;
        synchronized (this) {
            closing = true;
            notifyAll();
            running = thread;
        }
        if (running == null || running == Thread.currentThread()) {
            return;
        }
        try {
            running.join(TimeUnit.NANOSECONDS.toMillis(drain.toNanos()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (this) {
            if (!jobs.isEmpty()) {
                LOG.log(Level.WARNING, jobs.size() + " history writes were not done within " + drain.toSeconds() + " s");
            }
        }
    }

    private void run() {
        while (true) {
            Runnable job;
            synchronized (this) {
                while (jobs.isEmpty() && !closing) {
                    try {
                        wait();
                    } catch (InterruptedException e) {
                        closing = true; // nobody interrupts it but to end it: finish what was given
                    }
                }
                job = jobs.poll();
                if (job == null) {
                    return;
                }
            }
            try {
                job.run();
            } catch (RuntimeException | Error e) {
                // a job's own failures are its to report; this keeps the queue (and those waiting on it) going
                LOG.log(Level.ERROR, "a history write failed", e);
            }
            synchronized (this) {
                done++;
                notifyAll();
            }
        }
    }
}
