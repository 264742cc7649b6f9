package org.statustray.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.statustray.testing.ManyServices;

/** The packaged jar on the shipped heap ({@code packaging/jvm-options}, 96 MB) given a 15 MB settings file. */
class HugeConfigJarIT {
    @TempDir
    Path dir;

    @Test
    @Timeout(60)
    void aFifteenMegabyteConfigIsRefusedWithOneNoticeInsteadOfRunningOutOfMemory() throws Exception {
        Path config = ManyServices.write(dir.resolve("config.json"), 200_000);
        Path jar = Path.of(System.getProperty("statustray.jar", "target/statustray.jar"));
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "@" + Path.of("packaging/jvm-options").toAbsolutePath(), "-Djava.awt.headless=true", "-jar", jar.toString(),
                "watch", "--config", config.toString(), "--data-dir", dir.resolve("data").toString())
                .redirectError(dir.resolve("err.txt").toFile());
        builder.environment().keySet().removeAll(List.of("DISPLAY", "WAYLAND_DISPLAY", "DBUS_SESSION_BUS_ADDRESS"));
        builder.environment().put("XDG_STATE_HOME", dir.resolve("state").toString()); // its log, not the user's
        Process watch = builder.start();
        String first;
        boolean running;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(watch.getInputStream(), StandardCharsets.UTF_8))) {
            first = out.readLine();
            running = watch.isAlive();
            watch.destroy();
            assertThat(watch.waitFor(20, TimeUnit.SECONDS)).isTrue();
        }

        String err = Files.readString(dir.resolve("err.txt"));
        assertThat(running).as("still running after the notice; stderr: %s", err).isTrue();
        assertThat(first).as(err).startsWith("{\"kind\":\"notification\",\"service\":null,"
                + "\"title\":\"StatusTray settings could not be read\",\"body\":\"config.json is not valid settings (it is 15.8 MB");
        assertThat(watch.exitValue()).isEqualTo(143);
        assertThat(err).startsWith("statustray: config.json is not valid settings (it is 15.8 MB").doesNotContain("OutOfMemory");
    }
}
