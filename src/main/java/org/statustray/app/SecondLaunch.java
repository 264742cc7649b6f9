package org.statustray.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * A tray launch while another StatusTray holds the data directory: the running tray app opens the window
 * asked for ({@code --open}, or the overview: a person launching the app again from the menu expects a
 * window) and this launch ends with exit 0, having polled and stored nothing. A running {@code watch} has
 * no windows: that is said in one line, exit 75.
 */
final class SecondLaunch {
    /** How long a tray app that has just taken the lock may take to start listening. */
    private static final Duration STARTING = Duration.ofSeconds(10);
    private static final long RETRY_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

    private SecondLaunch() {
    }

    static int handOver(AlreadyRunningException running, @Nullable String open, PrintStream err)
            throws InterruptedException {
        String who = "statustray: the data directory " + running.dataDir() + " is in use by "
                + AlreadyRunningException.who(running.owner());
        if (running.owner().role().equals(SingleInstance.WATCH)) {
            err.println(who + ", which shows no windows: stop it first, or give another --data-dir");
            return Cli.ALREADY_RUNNING;
        }
        String window = open == null ? "overview" : open;
        try (SocketChannel channel = connect(running.dataDir())) {
            if (HandOver.ask(channel, window).equals(HandOver.SHOWN)) {
                return 0;
            }
            err.println(who + ", which could not show the " + window + " window");
        } catch (IOException e) {
            err.println(who + ", which does not answer (" + e.getMessage() + ")");
        }
        return Cli.ALREADY_RUNNING;
    }

    /** Connects to the running app, which may still be starting: it listens once its windows can open. */
    private static SocketChannel connect(Path dataDir) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + STARTING.toNanos();
        while (true) {
            try {
                return HandOver.connect(dataDir);
            } catch (IOException e) {
                if (System.nanoTime() - deadline > 0) {
                    throw e;
                }
            }
            TimeUnit.NANOSECONDS.sleep(RETRY_NANOS);
        }
    }
}
