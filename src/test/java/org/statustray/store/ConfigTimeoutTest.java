package org.statustray.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.statustray.model.AppConfig;
import org.statustray.source.Catalog;

/** {@code timeoutSeconds}: how long one read of a page may take, 30 s unless set, 1–120 s. */
class ConfigTimeoutTest {
    @TempDir
    Path dir;

    @Test
    void theTimeoutIsReadAndKeptWhenTheSettingsAreSaved() throws Exception {
        ConfigFile.Loaded loaded = load("{\"timeoutSeconds\": 5, \"services\": [{\"id\": \"github\"}]}");

        assertThat(loaded.config().timeoutSeconds()).isEqualTo(5);
        assertThat(loaded.messages()).isEmpty();
        ConfigFile.save(dir.resolve("config.json"), loaded.config(), Catalog.builtIn());
        assertThat(Files.readString(dir.resolve("config.json"))).contains("\"timeoutSeconds\" : 5");
    }

    @Test
    void aMissingTimeoutIsThirtySecondsAndABadOneIsSaidAndIgnored() throws Exception {
        assertThat(load("{\"services\": []}").config().timeoutSeconds()).isEqualTo(AppConfig.DEFAULT_TIMEOUT_SECONDS);
        for (String bad : new String[] {"0", "121", "\"10\"", "2.5"}) {
            ConfigFile.Loaded loaded = load("{\"timeoutSeconds\": " + bad + ", \"services\": []}");
            assertThat(loaded.config().timeoutSeconds()).as(bad).isEqualTo(30);
            assertThat(loaded.messages()).as(bad).containsExactly(
                    "timeoutSeconds must be a whole number of seconds from 1 to 120, not " + bad + "; using 30");
        }
    }

    private ConfigFile.Loaded load(String json) throws Exception {
        Path config = Files.writeString(dir.resolve("config.json"), json);
        return ConfigFile.load(config, Catalog.builtIn());
    }
}
