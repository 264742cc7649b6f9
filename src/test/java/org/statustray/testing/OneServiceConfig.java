package org.statustray.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A settings file for tests: one Statuspage service at a local address, polled every second. */
public final class OneServiceConfig {
    private OneServiceConfig() {
    }

    /** Writes {@code dir/config.json} watching {@code url} as the service {@code id} named {@code name}. */
    public static Path write(Path dir, String id, String name, String url) throws IOException {
        return Files.writeString(dir.resolve("config.json"), "{\"services\": [{\"id\": \"" + id + "\", \"name\": \""
                + name + "\", \"url\": \"" + url + "\", \"format\": \"statuspage\", \"pollIntervalSeconds\": 1}]}");
    }
}
