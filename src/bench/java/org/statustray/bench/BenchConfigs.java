package org.statustray.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Config files pointing the app at simulated pages. */
final class BenchConfigs {
    private BenchConfigs() {
    }

    /** Pages {@code first}..{@code first+count-1}, each a service polled every {@code seconds}. */
    static Path write(Path file, SimulatedPagesProcess pages, int first, int count, int seconds) throws IOException {
        StringBuilder b = new StringBuilder("{\"pollIntervalSeconds\": ").append(seconds).append(",\n \"services\": [");
        for (int i = first; i < first + count; i++) {
            b.append(i == first ? "\n" : ",\n").append("  {\"id\": \"page").append(i).append("\", \"name\": \"Page ")
                    .append(i).append("\", \"url\": \"").append(pages.url(i))
                    .append("\", \"format\": \"statuspage\", \"pollIntervalSeconds\": ").append(seconds).append('}');
        }
        b.append("],\n \"notifications\": {\"maintenance\": false, \"quietHours\": null}}\n");
        Files.writeString(file, b.toString());
        return file;
    }
}
