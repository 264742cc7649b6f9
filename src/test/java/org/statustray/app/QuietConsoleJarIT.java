package org.statustray.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.statustray.testing.Fixtures;
import org.statustray.testing.LocalServer;

/**
 * The tray app launched from a terminal ({@code java -jar target/statustray.jar}) prints what the user must
 * know and nothing else: its log goes to {@code $XDG_STATE_HOME/statustray/statustray.log}.
 */
class QuietConsoleJarIT {
    @TempDir
    Path dir;
    LocalServer server;
    Process app;

    @BeforeEach
    void serveAndConfigure() throws IOException {
        server = LocalServer.start()
                .json("/gh/api/v2/summary.json", 200, Fixtures.bytes("statuspage/summary-githubstatus-2022-11-25-packages-incident.json"));
        Files.writeString(dir.resolve("config.json"), "{\"services\": [{\"id\": \"local\", \"name\": \"Local GitHub\", \"url\": \""
                + server.root() + "/gh\", \"format\": \"statuspage\", \"pollIntervalSeconds\": 1}]}");
    }

    @AfterEach
    void stop() throws InterruptedException {
        if (app != null) {
            app.destroy();
            app.waitFor(20, TimeUnit.SECONDS);
        }
        server.close();
    }

    @Test
    @Timeout(90)
    void withNoDisplayTheTerminalGetsExactlyOneSentence() throws Exception {
        app = launch(Map.of());

        waitFor(() -> log().contains("windows cannot be shown") && err().endsWith("\n") && server.requests("/gh/api/v2/summary.json") >= 3);
        app.destroy();
        assertThat(app.waitFor(20, TimeUnit.SECONDS)).isTrue();

        assertThat(err()).isEqualTo("No display: StatusTray keeps watching in the background; use `statustray watch` for a terminal."
                + System.lineSeparator());
        assertThat(Files.readString(dir.resolve("out.txt"))).isEmpty();
        assertThat(log()).contains("INFO org.statustray.app.TrayApp: notifications:");
    }

    @Test
    @Timeout(90)
    void aNormalLaunchPrintsNothingOnTheTerminal() throws Exception {
        // Needs Xvfb and xwininfo (.ci/run installs both); without them it fails rather than skip.
        assertThat(onPath("Xvfb") && onPath("xwininfo")).as("Xvfb and xwininfo on the PATH").isTrue();
        Process xvfb = new ProcessBuilder("Xvfb", "-displayfd", "1", "-nolisten", "tcp", "-screen", "0", "1024x768x24")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            String display = ":" + new BufferedReader(new InputStreamReader(xvfb.getInputStream(), StandardCharsets.UTF_8)).readLine().trim();
            app = launch(Map.of("DISPLAY", display));

            waitFor(() -> windows(display).contains("\"StatusTray\"") && server.requests("/gh/api/v2/summary.json") >= 3);
            app.destroy();
            assertThat(app.waitFor(20, TimeUnit.SECONDS)).isTrue();

            assertThat(err()).isEmpty();
            assertThat(Files.readString(dir.resolve("out.txt"))).isEmpty();
            assertThat(log()).contains("tray: none");
        } finally {
            xvfb.destroy();
            xvfb.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private Process launch(Map<String, String> display) throws IOException {
        Path jar = Path.of(System.getProperty("statustray.jar", "target/statustray.jar"));
        assertThat(jar).exists();
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString(), "--config", dir.resolve("config.json").toString(), "--data-dir", dir.resolve("data").toString())
                .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile());
        builder.environment().keySet().removeAll(List.of("DISPLAY", "WAYLAND_DISPLAY", "DBUS_SESSION_BUS_ADDRESS"));
        builder.environment().put("XDG_STATE_HOME", dir.resolve("state").toString());
        builder.environment().put("XDG_CACHE_HOME", dir.resolve("cache").toString());
        builder.environment().putAll(display);
        return builder.start();
    }

    private String err() {
        return read(dir.resolve("err.txt"));
    }

    private String log() {
        return read(dir.resolve("state").resolve("statustray").resolve("statustray.log"));
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            return "";
        }
    }

    private static String windows(String display) {
        try {
            Process p = new ProcessBuilder("xwininfo", "-root", "-tree", "-display", display)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String tree = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor(10, TimeUnit.SECONDS);
            return tree;
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    private void waitFor(BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!condition.getAsBoolean()) {
            assertThat(app.isAlive()).as("the app still runs; stderr: %s", err()).isTrue();
            assertThat(Instant.now()).as("in time; stderr: %s; log: %s", err(), log()).isBefore(deadline);
            Thread.sleep(100); // polling a child process's files; nothing to be told by
        }
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        return path != null && List.of(path.split(File.pathSeparator)).stream()
                .anyMatch(d -> Files.isExecutable(Path.of(d, program)));
    }
}
