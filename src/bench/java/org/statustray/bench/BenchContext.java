package org.statustray.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** What every part gets: the packaged jar, the fixtures, a scratch directory, and the launcher's JVM flags. */
public record BenchContext(Path jar, Path fixtures, Path out, int idleMinutes, List<String> appJvmFlags) {

    /** A fresh scratch directory under the output directory. */
    public Path scratch(String name) throws java.io.IOException {
        Path dir = out.resolve("work").resolve(name);
        Files.createDirectories(dir);
        return Files.createTempDirectory(dir, "run");
    }

    /** The java binary running this benchmark; children use the same one. */
    public static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
