package org.statustray.app;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.statustray.testing.LocalServer;
import org.statustray.watch.DetectorPageSource;

/**
 * The real {@code watch} of one local page ("gh", GitHub, polled every second) in a data directory of a
 * test's own, with what it prints kept; for tests that use StatusTray as a person would. Closing it stops
 * the watch (if started) and the page.
 */
final class LocalWatch implements AutoCloseable {
    final LocalServer server;
    private final Path dir;
    private final Clock clock;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final AtomicInteger polls = new AtomicInteger();
    private Path dataDir;
    private WatchCommand.Session session;

    LocalWatch(Path dir, Clock clock, LocalServer server) {
        this.dir = dir;
        this.clock = clock;
        this.server = server;
        this.dataDir = dir.resolve("data");
    }

    /**
     * Writes the one-service settings ({@code extra} is more JSON at the top, or "") and starts watching;
     * what was printed and polled before is forgotten.
     */
    LocalWatch start(String extra) {
        return start(extra, dataDir);
    }

    /** As {@link #start(String)}, keeping the history in {@code data}. */
    LocalWatch start(String extra, Path data) {
        Path config = dir.resolve("config.json");
        try {
            Files.writeString(config, "{\"services\": [{\"id\": \"gh\", \"name\": \"GitHub\", \"url\": \"" + server.root()
                    + "\", \"format\": \"statuspage\", \"pollIntervalSeconds\": 1}]" + extra + "}");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        dataDir = data;
        out.reset();
        err.reset();
        polls.set(0);
        try {
            session = WatchCommand.start(new Watching.Setup(config, data, clock, DetectorPageSource::new),
                    new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                    false, r -> polls.incrementAndGet());
        } catch (AlreadyRunningException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    Path dataDir() {
        return dataDir;
    }

    /** Polls handled since the last start. */
    int polls() {
        return polls.get();
    }

    /** Quits the watch (as SIGTERM does); the page goes on. */
    void quit() {
        if (session != null) {
            session.close();
            session = null;
        }
    }

    /** The titles of the notifications printed since the last start. */
    List<String> notifications() {
        return lines().stream().filter(l -> l.startsWith("{\"kind\":\"notification\""))
                .map(l -> l.replaceAll(".*\"title\":\"([^\"]*)\".*", "$1")).toList();
    }

    List<String> lines() {
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    List<String> errLines() {
        return err.toString(StandardCharsets.UTF_8).lines().toList();
    }

    /** {@code history} of the data directory, as printed (stderr after stdout). */
    String history(String... options) {
        String[] args = new String[options.length + 3];
        args[0] = "history";
        System.arraycopy(options, 0, args, 1, options.length);
        args[options.length + 1] = "--data-dir";
        args[options.length + 2] = dataDir().toString();
        CliRun run = CliRun.of(args);
        return run.out() + run.err();
    }

    @Override
    public void close() {
        quit();
        server.close();
    }
}
