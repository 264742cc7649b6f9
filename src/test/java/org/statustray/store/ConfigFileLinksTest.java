package org.statustray.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.statustray.store.ConfigFileTest.CATALOG;
import static org.statustray.store.ConfigFileTest.CLOCK;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.statustray.model.AppConfig;

/**
 * A config.json that is a link (dotfiles kept elsewhere) stays a link: its target is rewritten. One that is
 * not a regular file at all ({@code --config /dev/null}) is read, never written, and nothing is put beside it.
 */
class ConfigFileLinksTest {
    @TempDir
    Path tmp;

    @Test
    void savingThroughASymlinkRewritesItsTargetAndKeepsTheLink() throws Exception {
        Path target = Files.writeString(Files.createDirectories(tmp.resolve("dotfiles")).resolve("statustray.json"),
                "{\"theme\": \"dark\", \"services\": [{\"id\": \"openai\"}]}");
        Path link = Files.createSymbolicLink(Files.createDirectories(tmp.resolve("conf")).resolve("config.json"),
                Path.of("../dotfiles/statustray.json"));
        AppConfig loaded = ConfigFile.load(link, CATALOG).config();
        AppConfig changed = new AppConfig(120, loaded.services(), true, null);

        ConfigFile.save(link, changed, CATALOG);

        assertThat(link).isSymbolicLink();
        assertThat(Files.readSymbolicLink(link)).isEqualTo(Path.of("../dotfiles/statustray.json"));
        assertThat(ConfigFile.load(target, CATALOG).config()).isEqualTo(changed);
        assertThat(Files.readString(target)).contains("\"theme\" : \"dark\"");
        assertThat(Files.getPosixFilePermissions(target)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(files(tmp.resolve("conf"))).as("no temporary file beside the link").containsExactly(link);
        assertThat(files(tmp.resolve("dotfiles"))).as("nor beside the target").containsExactly(target);
    }

    @Test
    void aLinkToADanglingLinkIsFollowedToTheEndOnTheFirstStart() throws Exception {
        Path target = Files.createDirectories(tmp.resolve("dotfiles")).resolve("statustray.json");
        Path middle = Files.createSymbolicLink(tmp.resolve("middle.json"), target);
        Path link = Files.createSymbolicLink(tmp.resolve("config.json"), Path.of("middle.json"));

        ConfigFile.Loaded first = ConfigFile.load(link, CATALOG);

        assertThat(first.firstRun()).isTrue();
        assertThat(first.messages()).isEmpty();
        assertThat(link).isSymbolicLink();
        assertThat(middle).isSymbolicLink();
        assertThat(ConfigFile.load(target, CATALOG).config()).isEqualTo(ConfigFile.defaults(CATALOG));
    }

    @Test
    void aLinkToSomethingThatIsNotARegularFileIsReadAsTheDefaultsAndNeverWritten() throws Exception {
        Path link = Files.createSymbolicLink(tmp.resolve("config.json"), Path.of("/dev/null"));

        ConfigFile.Loaded loaded = ConfigFile.load(link, CATALOG, CLOCK);

        assertThat(loaded.config()).isEqualTo(ConfigFile.defaults(CATALOG));
        assertThat(loaded.firstRun()).isFalse();
        assertThat(loaded.backup()).isNull();
        assertThat(loaded.messages()).containsExactly(link + " is not a regular file: StatusTray runs on the default"
                + " services, and settings will not be saved");
        assertThatThrownBy(() -> ConfigFile.save(link, loaded.config(), CATALOG)).isInstanceOf(StoreException.class)
                .hasMessage(link + " is not a regular file: settings are not saved");
        assertThat(files(tmp)).containsExactly(link);
        assertThat(Files.readSymbolicLink(link)).isEqualTo(Path.of("/dev/null"));
    }

    @Test
    void devNullIsReadAsTheDefaultsAndNothingIsEverWrittenIntoDev() throws Exception {
        Path devNull = Path.of("/dev/null");
        List<Path> before = besideNull();

        ConfigFile.Loaded loaded = ConfigFile.load(devNull, CATALOG, CLOCK);
        ConfigFile.Saved saved = ConfigFile.update(devNull, CATALOG, loaded.config(), c -> new AppConfig(300, c.services(),
                c.maintenanceNotifications(), c.quietHours(), c.timeoutSeconds()));

        assertThat(loaded.config()).isEqualTo(ConfigFile.defaults(CATALOG));
        assertThat(loaded.messages()).containsExactly("/dev/null is not a regular file: StatusTray runs on the default"
                + " services, and settings will not be saved");
        assertThat(saved.config().pollIntervalSeconds()).as("the change applies for this run").isEqualTo(300);
        assertThat(saved.problem()).isEqualTo("/dev/null is not a regular file: settings are not saved");
        assertThat(besideNull()).as("no backup or temporary file in /dev").isEqualTo(before);
        assertThat(Files.isRegularFile(devNull)).isFalse();
        assertThat(Files.size(devNull)).isZero();
    }

    /** What /dev holds named after null: a copy or temporary file would be. */
    static List<Path> besideNull() throws Exception {
        return files(Path.of("/dev")).stream().filter(p -> p.getFileName().toString().contains("null")).sorted().toList();
    }

    static List<Path> files(Path dir) throws Exception {
        try (Stream<Path> list = Files.list(dir)) {
            return list.toList();
        }
    }
}
