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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.statustray.store.HistoryStore;
import org.statustray.testing.Fixtures;
import org.statustray.testing.LocalServer;

/** {@code java -jar statustray.jar watch} on a headless machine: no desktop class is ever loaded. */
class WatchJarIT {
    @TempDir
    Path dir;

    @Test
    @Timeout(60)
    void watchesWithoutAnyDesktopClassAndClosesTheHistoryOnSigterm() throws Exception {
        try (LocalServer server = LocalServer.start().json("/api/v2/summary.json", 200,
                Fixtures.bytes("statuspage/summary-githubstatus-2019-05-10.json"))) {
            Path config = Files.writeString(dir.resolve("config.json"), "{\"services\": [{\"id\": \"local\","
                    + " \"url\": \"" + server.root() + "\", \"format\": \"statuspage\", \"pollIntervalSeconds\": 1}]}");
            Path data = dir.resolve("data");
            Path classes = dir.resolve("classes.log");
            Path jar = Path.of(System.getProperty("statustray.jar", "target/statustray.jar"));
            ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Djava.awt.headless=true", "-Xlog:class+load=info:file=" + classes, "-jar", jar.toString(),
                    "watch", "--verbose", "--config", config.toString(), "--data-dir", data.toString())
                    .redirectError(dir.resolve("err.txt").toFile());
            builder.environment().keySet().removeAll(List.of("DISPLAY", "WAYLAND_DISPLAY", "DBUS_SESSION_BUS_ADDRESS"));
            builder.environment().put("XDG_STATE_HOME", dir.resolve("state").toString()); // its log, not the user's
            Process watch = builder.start();
            List<String> lines = new ArrayList<>();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(watch.getInputStream(), StandardCharsets.UTF_8))) {
                while (lines.size() < 3) {
                    lines.add(out.readLine()); // first seen, then two polls, a second apart
                }
                watch.destroy(); // SIGTERM
                assertThat(watch.waitFor(20, TimeUnit.SECONDS)).isTrue();
            }

            assertThat(watch.exitValue()).isEqualTo(143);
            assertThat(lines.get(0)).startsWith("{\"kind\":\"transition\",\"service\":\"local\",\"from\":null,\"to\":\"operational\"");
            assertThat(lines.subList(1, 3)).allMatch(l -> l.startsWith("{\"kind\":\"polled\",\"service\":\"local\""));
            String loaded = Files.readString(classes);
            assertThat(loaded).contains("] org.statustray.app.WatchCommand ");
            assertThat(loaded).doesNotContain("] org.statustray.desktop.").doesNotContain("] javafx.")
                    .doesNotContain("] com.sun.javafx.").doesNotContain("] java.awt.").doesNotContain("] sun.awt.")
                    .doesNotContain("] org.freedesktop.");
            assertThat(loaded).as("on a machine with under 3 cores, no thread started per HTTP response")
                    .doesNotContain("CompletableFuture$ThreadPerTaskExecutor");
            assertThat(Files.readString(dir.resolve("err.txt"))).doesNotContain("Exception");
            try (HistoryStore store = HistoryStore.open(data)) {
                assertThat(store.transitions("local", null)).isNotEmpty();
            }
        }
    }
}
