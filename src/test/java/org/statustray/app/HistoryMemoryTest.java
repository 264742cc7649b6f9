package org.statustray.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.statustray.store.HistoryStore;
import org.statustray.testing.SeedStore;

/**
 * {@code history} on a long history, in a JVM of its own with the flags StatusTray ships with
 * ({@code packaging/jvm-options}, a 96 MB heap): it prints every incident, as JSON with every update or
 * as the table, without running out of memory.
 */
@Timeout(300)
class HistoryMemoryTest {
    static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");

    @TempDir
    Path dir;

    @Test
    void jsonOf15000IncidentsWith6UpdatesEach() throws Exception {
        seed(15_000, 6);

        Path out = history("--json");

        assertThat(incidents(out)).isEqualTo(15_000);
    }

    @Test
    void theTableOf80000Incidents() throws Exception {
        seed(80_000, 4);

        Path out = history();

        try (BufferedReader lines = Files.newBufferedReader(out, StandardCharsets.UTF_8)) {
            assertThat(lines.lines().count()).isEqualTo(80_001);
        }
    }

    private void seed(int incidents, int updates) throws Exception {
        try (HistoryStore store = HistoryStore.open(dir.resolve("data"))) {
            SeedStore.seed(store, incidents, NOW, updates);
        }
    }

    /** Runs {@code history} in a child JVM with the shipped flags; what it printed (it must exit 0, silently). */
    private Path history(String... options) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        for (String line : Files.readAllLines(Path.of("packaging", "jvm-options"))) {
            if (!line.isBlank() && !line.startsWith("#")) {
                command.add(line.trim());
            }
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName(), "history",
                "--data-dir", dir.resolve("data").toString()));
        command.addAll(List.of(options));
        Path out = dir.resolve("out");
        Path err = dir.resolve("err");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(240, TimeUnit.SECONDS)).as("history ended").isTrue();
        assertThat(Files.readString(err)).isEmpty();
        assertThat(p.exitValue()).isZero();
        return out;
    }

    /** How many incidents the printed array holds, read as a stream. */
    private static int incidents(Path json) throws Exception {
        int count = 0;
        try (JsonParser parser = new JsonFactory().createParser(json.toFile())) {
            assertThat(parser.nextToken()).isEqualTo(JsonToken.START_ARRAY);
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                count++;
                parser.skipChildren();
            }
        }
        return count;
    }
}
