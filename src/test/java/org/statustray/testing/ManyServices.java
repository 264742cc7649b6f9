package org.statustray.testing;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Settings files listing far more services than a person watches, written without holding them in memory. */
public final class ManyServices {
    private ManyServices() {
    }

    /** {@code count} services on this machine: 200,000 make 15.8 MB. */
    public static Path write(Path file, int count) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("{\"pollIntervalSeconds\": 60, \"services\": [\n");
            for (int i = 0; i < count; i++) {
                w.write((i == 0 ? "" : ",\n") + "{\"id\": \"s" + i + "\", \"url\": \"http://127.0.0.1:9/p" + i
                        + "\", \"format\": \"statuspage\"}");
            }
            w.write("\n]}\n");
        }
        return file;
    }
}
