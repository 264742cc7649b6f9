package org.statustray.app;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.statustray.store.InstanceLock;

/**
 * One StatusTray per data directory, tray app or {@code watch}: two would both poll, both notify and store
 * every change twice. The lock is taken before the history is opened and let go after it is closed. Where
 * no lock can be taken (a data directory that cannot be made, or is read-only, so that no history is kept
 * either) the app runs without it and logs why. The tray app also listens for later launches' windows.
 */
final class SingleInstance implements AutoCloseable {
    static final String TRAY = "tray";
    static final String WATCH = "watch";
    private static final System.Logger LOG = System.getLogger(SingleInstance.class.getName());

    private final Path dataDir;
    /** Null when running without the lock. */
    private final @Nullable InstanceLock lock;
    private @Nullable HandOver handOver;

    private SingleInstance(Path dataDir, @Nullable InstanceLock lock) {
        this.dataDir = dataDir;
        this.lock = lock;
    }

    /** Makes this process the one using {@code dataDir} as {@code role}, or says who already is. */
    static SingleInstance claim(Path dataDir, String role) throws AlreadyRunningException {
        InstanceLock.Claim claim = InstanceLock.claim(dataDir, role);
        if (claim instanceof InstanceLock.Held held) {
            throw new AlreadyRunningException(dataDir, held.owner());
        }
        if (claim instanceof InstanceLock.Unavailable unavailable) {
            LOG.log(Level.WARNING, "running without the one-instance lock, so another StatusTray could use this data"
                    + " directory too: " + unavailable.reason());
            return new SingleInstance(dataDir, null);
        }
        return new SingleInstance(dataDir, ((InstanceLock.Acquired) claim).lock());
    }

    /**
     * Opens the windows later launches ask for with {@code open} (a window's --open name to whether it
     * showed). Without the lock no one listens: a later launch, without it too, runs an app of its own.
     */
    synchronized void listen(Function<String, CompletableFuture<Boolean>> open) {
        if (lock == null) {
            return;
        }
        try {
            handOver = HandOver.listen(dataDir, open);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "another launch cannot hand its window over to this one: cannot listen on "
                    + HandOver.socket(dataDir) + ": " + e.getMessage());
        }
    }

    /** Stops listening, then lets the next instance have the data directory: call after the history is closed. */
    @Override
    public synchronized void close() {
        if (handOver != null) {
            handOver.close();
            handOver = null;
        }
        if (lock != null) {
            lock.close();
        }
    }
}
