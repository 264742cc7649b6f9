package org.statustray.app;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.statustray.testing.LocalServer;
import org.statustray.testing.MovableClock;

/**
 * One Statuspage page served on 127.0.0.1 (its body set by the test), watched by {@code watch} as service
 * {@code gh} ("GitHub", every second) with its history in a data directory the test names; the JSON lines
 * and stderr it printed, and the polls it made. It can be watched again after {@link #stop}, as a restart.
 */
final class WatchedPage implements AutoCloseable {
    final AtomicReference<byte[]> page = new AtomicReference<>(WatchCommandTest.CALM);
    /** Moved in small steps, so the poller never takes it for a wake from sleep. */
    final MovableClock clock = new MovableClock(WatchCommandTest.T0);
    private final LocalWatch watch;

    WatchedPage(Path dir) {
        watch = new LocalWatch(dir, clock, LocalServer.start().route("/api/v2/summary.json",
                ex -> LocalServer.respond(ex, 200, "application/json", page.get())));
    }

    /** Starts watching, keeping the history in {@code data}; what was printed before is forgotten. */
    void watch(Path data) {
        watch.start("", data);
    }

    /** Stops watching, as SIGTERM does: the history is written and closed. */
    void stop() {
        watch.quit();
    }

    int polls() {
        return watch.polls();
    }

    List<String> lines() {
        return watch.lines();
    }

    List<String> errLines() {
        return watch.errLines();
    }

    @Override
    public void close() {
        watch.close();
    }
}
