package org.statustray.app;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.statustray.testing.LocalServer;
import org.statustray.testing.MovableClock;
import org.statustray.watch.DetectorPageSource;

/**
 * One Statuspage page served on 127.0.0.1 (its body set by the test), watched by {@code watch} as service
 * {@code gh} ("GitHub", every second) with its history in a data directory the test names; the JSON lines
 * and stderr it printed, and the polls it made. It can be watched again after {@link #stop}, as a restart.
 */
final class WatchedPage implements AutoCloseable {
    final AtomicReference<byte[]> page = new AtomicReference<>(WatchCommandTest.CALM);
    /** Moved in small steps, so the poller never takes it for a wake from sleep. */
    final MovableClock clock = new MovableClock(WatchCommandTest.T0);
    final AtomicInteger polls = new AtomicInteger();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Path config;
    private final LocalServer server = LocalServer.start().route("/api/v2/summary.json",
            ex -> LocalServer.respond(ex, 200, "application/json", page.get()));
    private WatchCommand.Session session;

    WatchedPage(Path dir) throws Exception {
        config = Files.writeString(dir.resolve("config.json"), "{\"services\": [{\"id\": \"gh\", \"name\": \"GitHub\","
                + " \"url\": \"" + server.root() + "\", \"format\": \"statuspage\", \"pollIntervalSeconds\": 1}]}");
    }

    /** Starts watching, keeping the history in {@code data}; what was printed before is forgotten. */
    void watch(Path data) {
        out.reset();
        err.reset();
        polls.set(0);
        session = WatchCommand.start(new Watching.Setup(config, data, clock, DetectorPageSource::new),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                false, r -> polls.incrementAndGet());
    }

    /** Stops watching, as SIGTERM does: the history is written and closed. */
    void stop() {
        if (session != null) {
            session.close();
            session = null;
        }
    }

    List<String> lines() {
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    List<String> errLines() {
        return err.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Override
    public void close() {
        stop();
        server.close();
    }
}
