package org.statustray.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.statustray.store.ConfigFileTest.CATALOG;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.statustray.model.AppConfig;
import org.statustray.model.ServiceConfig;
import org.statustray.testing.ManyServices;

/**
 * A save made while someone else edits the file: the change is made to what the file holds when it is
 * written, never to an older copy, and a file that cannot be used is copied aside before it is replaced.
 */
class ConfigUpdateTest {
    static final UnaryOperator<AppConfig> SLOWER = c -> new AppConfig(300, c.services(), c.maintenanceNotifications(),
            c.quietHours(), c.timeoutSeconds());

    @TempDir
    Path tmp;

    @Test
    void anEditLandingBetweenTheReadAndTheWriteIsKeptAndTheChangeMadeToIt() throws Exception {
        Path file = Files.writeString(tmp.resolve("config.json"), "{\"services\": [{\"id\": \"openai\"}]}");
        AtomicInteger calls = new AtomicInteger();

        ConfigFile.Saved saved = ConfigFile.update(file, CATALOG, null, c -> {
            if (calls.incrementAndGet() == 1) { // as if an editor saved just after the file was read
                write(file, "{\"services\": [{\"id\": \"openai\"}, {\"id\": \"slack\"}], \"theme\": \"dark\"}");
            }
            return SLOWER.apply(c);
        });

        assertThat(calls).hasValue(2);
        assertThat(saved.problem()).isNull();
        assertThat(saved.config().services()).extracting(ServiceConfig::id).containsExactly("openai", "slack");
        assertThat(ConfigFile.load(file, CATALOG).config()).isEqualTo(saved.config());
        assertThat(Files.readString(file)).contains("\"theme\" : \"dark\"").contains("\"pollIntervalSeconds\" : 300");
        assertThat(ConfigFileLinksTest.files(tmp)).containsExactly(file);
    }

    @Test
    void aFileThatKeepsChangingIsLeftToItsWriterAndTheChangeStillApplies() throws Exception {
        Path file = Files.writeString(tmp.resolve("config.json"), "{\"services\": []}");
        AtomicInteger calls = new AtomicInteger();

        ConfigFile.Saved saved = ConfigFile.update(file, CATALOG, null, c -> {
            write(file, "{\"services\": [], \"edit\": " + calls.incrementAndGet() + "}");
            return SLOWER.apply(c);
        });

        assertThat(saved.problem()).isEqualTo(file + " kept changing while it was being saved; try again");
        assertThat(saved.config().pollIntervalSeconds()).isEqualTo(300);
        assertThat(file).hasContent("{\"services\": [], \"edit\": 3}");
    }

    @Test
    void aBrokenOrHugeFileIsCopiedAsideWholeAndReplacedByTheSettingsInForceWithTheChange() throws Exception {
        AppConfig inForce = new AppConfig(60, List.of(), false, null);
        Path broken = Files.writeString(Files.createDirectories(tmp.resolve("broken")).resolve("config.json"), "{\"services\": [");
        Path huge = ManyServices.write(Files.createDirectories(tmp.resolve("huge")).resolve("config.json"), 200_000);
        long hugeSize = Files.size(huge);

        for (Path file : List.of(broken, huge)) {
            byte[] before = Files.readAllBytes(file);
            ConfigFile.Saved saved = ConfigFile.update(file, CATALOG, inForce, SLOWER);

            assertThat(saved.problem()).isNull();
            assertThat(saved.config()).isEqualTo(SLOWER.apply(inForce));
            assertThat(ConfigFile.load(file, CATALOG).config()).isEqualTo(saved.config());
            assertThat(saved.backup().getFileName().toString()).startsWith("config.json.bak-");
            assertThat(Files.readAllBytes(saved.backup())).isEqualTo(before);
            assertThat(ConfigFileLinksTest.files(file.getParent())).containsExactlyInAnyOrder(file, saved.backup());
        }
        assertThat(hugeSize).isGreaterThan(15_000_000);
    }

    @Test
    void aMissingFileIsWrittenFromTheSettingsInForce() throws Exception {
        Path file = tmp.resolve("gone/config.json");
        AppConfig inForce = ConfigFile.defaults(CATALOG);

        ConfigFile.Saved saved = ConfigFile.update(file, CATALOG, inForce, SLOWER);

        assertThat(saved.problem()).isNull();
        assertThat(saved.backup()).isNull();
        assertThat(ConfigFile.load(file, CATALOG).config()).isEqualTo(SLOWER.apply(inForce));
    }

    static void write(Path file, String content) {
        try {
            Files.writeString(file, content);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
