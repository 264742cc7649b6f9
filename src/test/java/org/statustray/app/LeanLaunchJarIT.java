package org.statustray.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.statustray.testing.Fixtures;
import org.statustray.testing.LocalServer;

/**
 * A plain {@code java -jar statustray.jar} (no JVM flags) runs the long-running commands in a child JVM with
 * the flags of {@code packaging/jvm-options}: read back from the child's command line; its exit code is the
 * launch's; the terminal hears nothing more; killing the launch, even with SIGKILL, leaves no child behind.
 */
class LeanLaunchJarIT {
    @TempDir
    Path dir;
    LocalServer server;
    Path config;

    @BeforeEach
    void serve() throws Exception {
        server = LocalServer.start().json("/api/v2/summary.json", 200,
                Fixtures.bytes("statuspage/summary-githubstatus-2019-05-10.json"));
        config = Files.writeString(dir.resolve("config.json"), "{\"services\": [{\"id\": \"local\","
                + " \"url\": \"" + server.root() + "\", \"format\": \"statuspage\", \"pollIntervalSeconds\": 1}]}");
    }

    @AfterEach
    void close() {
        server.close();
    }

    @Test
    @Timeout(90)
    void theChildHasTheFlagsTheExitCodePassesThroughAndTheTerminalStaysQuiet() throws Exception {
        Process launch = watch("first");
        try (BufferedReader out = new BufferedReader(new InputStreamReader(launch.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(out.readLine()).startsWith("{\"kind\":\"transition\",\"service\":\"local\"");
            ProcessHandle child = launch.toHandle().children().findFirst().orElseThrow();
            List<String> cmdline = cmdline(child.pid());
            assertThat(cmdline).containsSubsequence(LeanLaunch.flags());
            assertThat(cmdline).contains("-D" + LeanLaunch.PARENT + "=" + launch.pid(), "watch");

            Process second = watch("second"); // the same data directory: the child says 75, and so does the launch
            assertThat(second.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(second.exitValue()).isEqualTo(Cli.ALREADY_RUNNING);

            launch.destroy(); // SIGTERM to the launch ends the child
            assertThat(launch.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(launch.exitValue()).isEqualTo(143);
            assertThat(child.onExit().get(10, TimeUnit.SECONDS).isAlive()).isFalse();
        }
        assertThat(Files.readString(dir.resolve("err-first.txt"))).isEmpty();
        assertThat(Files.readAllLines(dir.resolve("err-second.txt"))).singleElement().asString().startsWith("statustray: ");
    }

    @Test
    @Timeout(90)
    void aKilledLaunchLeavesNoChild() throws Exception {
        Process launch = watch("killed");
        try (BufferedReader out = new BufferedReader(new InputStreamReader(launch.getInputStream(), StandardCharsets.UTF_8))) {
            out.readLine();
            ProcessHandle child = launch.toHandle().children().findFirst().orElseThrow();
            launch.destroyForcibly(); // SIGKILL: no shutdown hook runs; the child notices on its own
            assertThat(launch.waitFor(10, TimeUnit.SECONDS)).isTrue();
            assertThat(child.onExit().get(30, TimeUnit.SECONDS).isAlive()).isFalse();
        }
    }

    @Test
    @Timeout(60)
    void flagsOfThePersonsOwnAreKeptInOneJvm() throws Exception {
        Process launch = watch("chosen", "-Xmx64m");
        try (BufferedReader out = new BufferedReader(new InputStreamReader(launch.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(out.readLine()).startsWith("{\"kind\":\"transition\"");
            assertThat(launch.toHandle().children().count()).isZero();
            launch.destroy();
            assertThat(launch.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
    }

    private Process watch(String name, String... jvmFlags) throws Exception {
        List<String> command = new ArrayList<>(List.of(java()));
        command.addAll(List.of(jvmFlags));
        command.addAll(List.of("-jar", jar(), "watch", "--config", config.toString(),
                "--data-dir", dir.resolve("data").toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(dir.resolve("err-" + name + ".txt").toFile());
        builder.environment().keySet().removeAll(List.of("DISPLAY", "WAYLAND_DISPLAY", "DBUS_SESSION_BUS_ADDRESS",
                "JDK_JAVA_OPTIONS", "JAVA_TOOL_OPTIONS"));
        builder.environment().put("XDG_STATE_HOME", dir.resolve("state").toString());
        return builder.start();
    }

    private static List<String> cmdline(long pid) throws Exception {
        String raw = Files.readString(Path.of("/proc", Long.toString(pid), "cmdline"));
        return List.of(raw.split("\0"));
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String jar() {
        return Path.of(System.getProperty("statustray.jar", "target/statustray.jar")).toAbsolutePath().toString();
    }
}
