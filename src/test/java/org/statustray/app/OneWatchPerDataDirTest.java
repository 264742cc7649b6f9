package org.statustray.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.statustray.app.WatchCommandTest.CALM;
import static org.statustray.app.WatchCommandTest.DEGRADED;
import static org.statustray.app.WatchCommandTest.T0;
import static org.statustray.app.WatchCommandTest.T1;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.statustray.model.Status;
import org.statustray.store.HistoryStore;
import org.statustray.store.Transition;
import org.statustray.testing.LocalServer;
import org.statustray.testing.MovableClock;
import org.statustray.testing.OneServiceConfig;
import org.statustray.watch.DetectorPageSource;

/**
 * Two {@code watch} on one data directory (issue 14): the second says so in one line and exits 75 without
 * polling; the first alone polls, notifies and records each change once, and {@code history} still reads
 * beside it. A data directory that cannot hold the lock (read-only) stops no one: each runs without it.
 */
@Timeout(90)
class OneWatchPerDataDirTest {
    @TempDir
    Path dir;
    final AtomicReference<byte[]> page = new AtomicReference<>(CALM);
    final MovableClock clock = new MovableClock(T0);
    final ByteArrayOutputStream out = new ByteArrayOutputStream();

    @Test
    void aSecondWatchIsRefusedAndTheFirstAloneWatchesAndRecordsEachChangeOnce() throws Exception {
        Path data = dir.resolve("data");
        try (LocalServer server = LocalServer.start().route("/api/v2/summary.json",
                ex -> LocalServer.respond(ex, 200, "application/json", page.get()))) {
            Path config = OneServiceConfig.write(dir, "gh", "GitHub", server.root());
            WatchCommand.Session first = start(config, data, out);
            try {
                TrayAppEndToEndTest.await(() -> lines().size() >= 1);

                CliRun second = CliRun.within(Duration.ofSeconds(20), "watch", "--verbose", "--config", config.toString(),
                        "--data-dir", data.toString());

                assertThat(second.exit()).isEqualTo(Cli.ALREADY_RUNNING);
                assertThat(second.out()).as("the second polled nothing").isEmpty();
                assertThat(second.err().lines()).singleElement().asString()
                        .startsWith("statustray: the data directory " + data + " is in use by statustray watch (pid "
                                + ProcessHandle.current().pid() + ")");
                CliRun history = CliRun.of("history", "--data-dir", data.toString());
                assertThat(history.exit()).as("history reads beside a running watch: " + history.err()).isZero();

                clock.set(T1);
                page.set(DEGRADED);
                TrayAppEndToEndTest.await(() -> lines().size() >= 3);
            } finally {
                first.close();
            }
        }
        assertThat(lines()).filteredOn(l -> l.contains("\"kind\":\"notification\"")).singleElement().asString()
                .contains("\"title\":\"GitHub: degraded\"");
        try (HistoryStore store = HistoryStore.open(data)) {
            List<Transition> service = store.transitions("gh", null).stream().filter(t -> t.componentId() == null).toList();
            assertThat(service).extracting(Transition::to).as("each change stored once")
                    .containsExactly(Status.OPERATIONAL, Status.DEGRADED);
        }
    }

    @Test
    void aReadOnlyDataDirectoryStopsNoWatchAndTheLogSaysWhy() throws Exception {
        Path data = Files.createDirectory(dir.resolve("read-only"));
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("r-x------"));
        List<String> logged = new CopyOnWriteArrayList<>();
        Logger log = Logger.getLogger(SingleInstance.class.getName());
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord r) {
                logged.add(r.getLevel() + " " + r.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        log.addHandler(capture);
        ByteArrayOutputStream otherOut = new ByteArrayOutputStream();
        try (LocalServer server = LocalServer.start().json("/api/v2/summary.json", 200, CALM)) {
            Path config = OneServiceConfig.write(dir, "gh", "GitHub", server.root());
            WatchCommand.Session one = start(config, data, out);
            WatchCommand.Session other = start(config, data, otherOut);
            try {
                TrayAppEndToEndTest.await(() -> lines().size() >= 1 && !otherOut.toString(StandardCharsets.UTF_8).isEmpty());
            } finally {
                one.close();
                other.close();
            }
        } finally {
            log.removeHandler(capture);
        }
        assertThat(logged).hasSize(2).allMatch(l -> l.equals("WARNING running without the one-instance lock, so another"
                + " StatusTray could use this data directory too: the data directory " + data + " is read-only"));
    }

    private WatchCommand.Session start(Path config, Path data, ByteArrayOutputStream to) throws AlreadyRunningException {
        return WatchCommand.start(new Watching.Setup(config, data, clock, DetectorPageSource::new), print(to),
                print(new ByteArrayOutputStream()), false, r -> { });
    }

    private List<String> lines() {
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }
}
