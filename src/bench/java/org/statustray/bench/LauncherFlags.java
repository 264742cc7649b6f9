package org.statustray.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** The JVM flags the launcher and the packages use ({@code packaging/jvm-options}), read, not copied. */
final class LauncherFlags {
    private LauncherFlags() {
    }

    static List<String> read() {
        Path file = Path.of(System.getProperty("bench.launcherFlags", "packaging/jvm-options"));
        try {
            return Files.readAllLines(file).stream().map(String::trim)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException("no launcher flags at " + file, e);
        }
    }
}
