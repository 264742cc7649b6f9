package org.statustray.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every file the app writes (settings, their backup, the history database with SQLite's -wal and -shm, the
 * one-instance lock, the autostart entry, the icon cache) is 0600 and every directory it makes 0700, checked
 * on what a child JVM wrote under a umask of 000 (anything left to the umask would be open to all) and of 277
 * (anything left to it would be read-only), so the result cannot come from the umask of the machine running
 * the test.
 */
@Timeout(120)
class PrivateFilesTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({"000, rwxrwxrwx, rw-rw-rw-", "277, r-x------, r--------"})
    void everyFileIsTheOwnersOnlyWhateverTheUmask(String umask, String controlDir, String controlFile) throws Exception {
        Path home = Files.createDirectory(dir.resolve("home"));
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process child = new ProcessBuilder("sh", "-c", "umask " + umask + " && exec \"$@\"", "sh",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path"), WritesEveryFile.class.getName(), home.toString())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(child.waitFor(100, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).as(Files.readString(err)).isZero();
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);

        assertThat(lines).as("the child ran under umask %s: what it makes without a mode shows it", umask)
                .contains("open " + controlDir + " control-dir", "open " + controlFile + " control-file");
        assertThat(lines).as("the user's own file is left as it is").contains("closed rw-r--r-- .config/statustray/broken.json");
        List<String> ours = lines.stream().filter(l -> !l.contains("control-") && !l.endsWith("broken.json")).toList();
        assertThat(ours).extracting(l -> l.split(" ", 3)[2]).contains(".config", ".config/statustray",
                ".config/statustray/config.json", ".config/autostart/statustray.desktop",
                ".cache/statustray/icons", ".cache/statustray/icons/status-degraded-48.png",
                ".local/share/statustray/history.db", ".local/share/statustray/history.db-wal",
                ".local/share/statustray/history.db-shm", ".local/share/statustray/instance.lock",
                ".local/state", ".local/state/statustray", ".local/state/statustray/statustray.log",
                ".local/state/statustray/statustray.log.1");
        assertThat(ours).anyMatch(l -> l.matches("closed .* \\.config/statustray/broken\\.json\\.bak-\\d{8}-\\d{6}"));
        for (String line : ours) {
            String[] f = line.split(" ", 3);
            boolean directory = Files.isDirectory(home.resolve(f[2]));
            assertThat(f[1]).as(line).isEqualTo(directory ? "rwx------" : "rw-------");
        }
    }
}
