package org.statustray.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.statustray.store.ConfigFileTest.CATALOG;
import static org.statustray.store.ConfigFileTest.CLOCK;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.statustray.model.AppConfig;

/**
 * Settings files as a crash, a bad disk or a hand edit leave them: each is copied aside byte for byte and
 * left where it is until the user saves, and a file of the wrong shape is a message, not a crash.
 */
class ConfigFileBrokenTest {
    @TempDir
    Path tmp;

    @Test
    void aDamagedFileIsCopiedByteForByteAndLeftInPlaceUntilSettingsAreSaved() throws Exception {
        byte[] garbage = new byte[4096];
        new Random(7).nextBytes(garbage);
        garbage[0] = (byte) 0x89; // what a PNG starts with: not JSON in any encoding
        Map<String, byte[]> damaged = new LinkedHashMap<>();
        damaged.put("truncated", "{\"pollIntervalSeconds\": 120, \"services\": [{\"id\": \"openai\"}, {\"id\": \"git"
                .getBytes(StandardCharsets.UTF_8));
        damaged.put("binary garbage", garbage);
        damaged.put("zeros, as a crash can leave a file", new byte[512]);
        damaged.put("empty", new byte[0]);

        for (Map.Entry<String, byte[]> d : damaged.entrySet()) {
            Path dir = Files.createDirectories(tmp.resolve(d.getKey()));
            Path file = Files.write(dir.resolve("config.json"), d.getValue());

            ConfigFile.Loaded first = ConfigFile.load(file, CATALOG, CLOCK);
            ConfigFile.Loaded second = ConfigFile.load(file, CATALOG, CLOCK);

            assertThat(first.config()).as(d.getKey()).isEqualTo(ConfigFile.defaults(CATALOG));
            assertThat(first.messages()).as(d.getKey()).singleElement().asString()
                    .startsWith("config.json is not valid settings (")
                    .endsWith("; it was copied to config.json.bak-20261007-101530; StatusTray runs on the default"
                            + " services until you change settings")
                    .matches(m -> m.chars().noneMatch(Character::isISOControl), "is one line of plain text");
            assertThat(firstDifference(first.backup(), d.getValue())).as(d.getKey()).isEqualTo(-1);
            assertThat(firstDifference(second.backup(), d.getValue())).as(d.getKey()).isEqualTo(-1);
            assertThat(second.backup()).isNotEqualTo(first.backup());
            assertThat(firstDifference(file, d.getValue())).as(d.getKey() + ": the original, not saved over").isEqualTo(-1);

            ConfigFile.save(file, first.config(), CATALOG);
            assertThat(ConfigFile.load(file, CATALOG).messages()).as(d.getKey()).isEmpty();
            assertThat(firstDifference(first.backup(), d.getValue())).as(d.getKey() + ": the copy outlives the save")
                    .isEqualTo(-1);
        }
    }

    /** Where the file's bytes first differ from {@code expected}; -1 when they are the same. */
    static int firstDifference(Path file, byte[] expected) throws Exception {
        return Arrays.mismatch(Files.readAllBytes(file), expected);
    }

    @Test
    void valuesOfTheWrongTypeAreAMessageEachAndTheFileIsNotTouched() throws Exception {
        String wrong = "{\"pollIntervalSeconds\": \"60\", \"services\": \"openai\", \"notifications\": [true]}";
        Path file = Files.writeString(tmp.resolve("config.json"), wrong);

        ConfigFile.Loaded loaded = ConfigFile.load(file, CATALOG, CLOCK);

        assertThat(loaded.config()).isEqualTo(new AppConfig(AppConfig.DEFAULT_INTERVAL_SECONDS, List.of(), false, null));
        assertThat(loaded.messages()).containsExactly(
                "pollIntervalSeconds must be a whole number of seconds, at least 1, not \"60\"; ignored",
                "services in the config is not a list; no service is watched",
                "notifications in the config is not an object; using the default notification settings");
        assertThat(loaded.backup()).isNull();
        assertThat(file).hasContent(wrong);
        try (Stream<Path> siblings = Files.list(tmp)) {
            assertThat(siblings).containsExactly(file);
        }
    }

    @Test
    void entriesAndFieldsOfTheWrongTypeAreSkippedOrDefaultedWithAMessageEach() throws Exception {
        Path file = Files.writeString(tmp.resolve("config.json"), "{\"services\": [\"github\", 7, null, [],"
                + " {\"id\": \"slack\", \"muted\": \"yes\", \"pollIntervalSeconds\": 60.5, \"name\": {\"en\": \"Slack\"}}],"
                + " \"notifications\": {\"maintenance\": 1, \"quietHours\": \"22:00-07:00\"}}");

        ConfigFile.Loaded loaded = ConfigFile.load(file, CATALOG, CLOCK);

        assertThat(loaded.config().services()).singleElement().satisfies(s -> {
            assertThat(s.id()).isEqualTo("slack");
            assertThat(s.name()).isEqualTo("Slack");
            assertThat(s.muted()).isFalse();
            assertThat(s.pollIntervalSeconds()).isNull();
        });
        assertThat(loaded.config().maintenanceNotifications()).isFalse();
        assertThat(loaded.config().quietHours()).isNull();
        assertThat(loaded.messages()).containsExactly(
                "a service in the config is not an object; skipped",
                "a service in the config is not an object; skipped",
                "a service in the config is not an object; skipped",
                "a service in the config is not an object; skipped",
                "service 'slack': pollIntervalSeconds must be a whole number of seconds, at least 1, not 60.5; ignored",
                "service 'slack': muted must be true or false, not \"yes\"; using false",
                "notifications.maintenance must be true or false, not 1; using false",
                "quietHours in the config must look like {\"start\": \"22:00\", \"end\": \"07:00\"};"
                        + " notifications are not held");
        assertThat(loaded.backup()).isNull();
    }
}
