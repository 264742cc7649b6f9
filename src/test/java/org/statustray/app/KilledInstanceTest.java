package org.statustray.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.statustray.testing.Fixtures;
import org.statustray.testing.LocalServer;
import org.statustray.testing.OneServiceConfig;
import org.statustray.watch.DetectorPageSource;

/**
 * The one-instance lock belongs to a live process: a second {@code watch} (a child JVM) is refused while
 * a first (another child) runs, without ever loading the history's classes; once the first is killed with
 * SIGKILL, which runs no clean-up at all, a new instance takes the data directory at once.
 */
@Timeout(120)
class KilledInstanceTest {
    @TempDir
    Path dir;

    @Test
    void aSecondIsRefusedWithoutTouchingTheHistoryAndAfterAKillTheNextStartsAtOnce() throws Exception {
        try (LocalServer server = LocalServer.start().json("/api/v2/summary.json", 200,
                Fixtures.bytes("statuspage/summary-githubstatus-2019-05-10.json"))) {
            Path config = OneServiceConfig.write(dir, "local", "Local", server.root());
            Path data = dir.resolve("data");
            Process holder = watch(config, data, "holder").start();
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8))) {
                assertThat(lines.readLine()).as("the holder polls").startsWith("{\"kind\":\"transition\"");

                Path classes = dir.resolve("second-classes.log");
                ProcessBuilder secondWatch = watch(config, data, "second");
                secondWatch.command().add(1, "-Xlog:class+load=info:file=" + classes);
                Process second = secondWatch.redirectOutput(dir.resolve("second.out").toFile()).start();
                boolean ended = second.waitFor(30, TimeUnit.SECONDS);
                if (!ended) {
                    second.destroyForcibly().waitFor();
                }
                String printed = Files.readString(dir.resolve("second.out"));
                assertThat(ended).as("the second watch ended; it printed: " + printed).isTrue();
                assertThat(second.exitValue()).isEqualTo(75);
                assertThat(printed).isEmpty();
                assertThat(Files.readAllLines(dir.resolve("second.err"))).singleElement().asString()
                        .isEqualTo("statustray: the data directory " + data + " is in use by statustray watch (pid "
                                + holder.pid() + "); only one StatusTray may watch a data directory at a time:"
                                + " stop that one first, or give another --data-dir");
                assertThat(Files.readString(classes)).as("it never opened the history nor polled")
                        .doesNotContain("] org.statustray.store.HistoryStore ").doesNotContain("] org.sqlite.")
                        .doesNotContain("] org.statustray.watch.Poller ");

                holder.destroyForcibly();
                assertThat(holder.waitFor(30, TimeUnit.SECONDS)).isTrue();
            }
            assertThat(holder.exitValue()).as("killed, no clean-up ran").isEqualTo(137);

            ByteArrayOutputStream out = new ByteArrayOutputStream();
            long killed = System.nanoTime();
            WatchCommand.Session next = WatchCommand.start(new Watching.Setup(config, data, Clock.systemUTC(),
                    DetectorPageSource::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), true, r -> { });
            long startedMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - killed);
            try {
                TrayAppEndToEndTest.await(() -> out.toString(StandardCharsets.UTF_8).contains("{\"kind\":\"polled\""));
            } finally {
                next.close();
            }
            System.out.println("after the kill, the next watch started in " + startedMs + " ms");
            assertThat(startedMs).as("nothing waited for a lock to time out").isLessThan(5000);
        }
    }

    private ProcessBuilder watch(Path config, Path data, String name) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "watch", "--verbose", "--config", config.toString(), "--data-dir", data.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(dir.resolve(name + ".err").toFile());
        builder.environment().keySet().removeAll(List.of("DISPLAY", "WAYLAND_DISPLAY", "DBUS_SESSION_BUS_ADDRESS"));
        return builder;
    }
}
