package org.statustray.app;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.statustray.model.Notice;
import org.statustray.watch.DetectorPageSource;
import org.statustray.watch.HistoryLog;
import org.statustray.watch.PollResult;

/**
 * {@code watch [--verbose]}: the tray app's watching with no tray, window or D-Bus, for a server or a
 * benchmark. Every notification the tray app would show and every change of a service's own status is one
 * JSON line on stdout ({@link WatchLines}); {@code --verbose} adds a line per poll and per probe. It runs until SIGTERM
 * or SIGINT, then closes the poller and the history cleanly. Standard input is not read: on a server it is
 * often {@code /dev/null}, whose end must not stop the watching.
 */
public final class WatchCommand {
    private WatchCommand() {
    }

    /** Runs until a signal ends the JVM; {@link AlreadyRunningException} (exit 75) when the data directory is in use. */
    static int run(List<String> args, GlobalOptions options, PrintStream out, PrintStream err)
            throws UsageException, InterruptedException, AlreadyRunningException {
        boolean verbose = false;
        for (String arg : args) {
            if (!arg.equals("--verbose")) {
                throw new UsageException("watch: " + (arg.startsWith("-") ? "unknown option " : "unexpected argument ") + arg);
            }
            verbose = true;
        }
        if (options.open() != null) {
            throw new UsageException("watch shows no windows: --open does not apply");
        }
        Session session = start(Watching.Setup.of(options), out, err, verbose, r -> { });
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            session.close();
            out.flush();
        }, "statustray-watch-stop"));
        new CountDownLatch(1).await(); // until a signal ends the JVM, after the hook above
        return 0;
    }

    /**
     * Starts watching as {@code watch} does, for the benchmark: the settings in {@code config}, the history
     * in {@code dataDir}; {@code polled} is told of every poll once it was handled.
     *
     * @throws IllegalStateException when another StatusTray uses {@code dataDir}
     */
    public static Session start(Path config, Path dataDir, PrintStream out, PrintStream err, boolean verbose,
            Consumer<PollResult> polled) {
        try {
            return start(new Watching.Setup(config, dataDir, Clock.systemUTC(), DetectorPageSource::new), out, err,
                    verbose, polled);
        } catch (AlreadyRunningException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** Starts watching once this process alone uses the data directory, before anything reads the history. */
    static Session start(Watching.Setup setup, PrintStream out, PrintStream err, boolean verbose,
            Consumer<PollResult> polled) throws AlreadyRunningException {
        SingleInstance instance = SingleInstance.claim(setup.dataDir(), SingleInstance.WATCH);
        WatchLines lines = new WatchLines(out);
        AtomicReference<@Nullable Watching> running = new AtomicReference<>();
        HistoryLog transitions = (serviceId, componentId, from, to, at) -> {
            if (componentId == null) {
                Watching w = running.get();
                lines.transition(serviceId, from, to, at, w == null ? null : w.detector().trouble(serviceId).orElse(null));
            }
        };
        Consumer<Notice> notices = n -> {
            Watching w = running.get();
            lines.notice(n, w == null ? List.of() : w.notOperational(n.serviceId()));
        };
        Watching watching = new Watching(setup, err, notices, state -> { }, transitions);
        running.set(watching);
        watching.tellStartOneByOne();
        watching.onEachPoll((r, shown) -> {
            if (verbose) {
                lines.polled(r, shown);
            }
            polled.accept(r);
        });
        if (verbose) {
            watching.onEachProbe(lines::probe);
        }
        watching.start();
        return new Session(watching, instance);
    }

    /** A running watch. */
    public static final class Session implements AutoCloseable {
        private final Watching watching;
        private final SingleInstance instance;

        private Session(Watching watching, SingleInstance instance) {
            this.watching = watching;
            this.instance = instance;
        }

        /** Polls every service now, as "Refresh now" does (those being polled are left alone). */
        public void refreshAll() {
            watching.refreshAll();
        }

        /**
         * Stops polling and closes the history (nothing is printed once this returns), then lets the next
         * instance have the data directory.
         */
        @Override
        public void close() {
            try {
                watching.close();
            } finally {
                instance.close();
            }
        }
    }
}
