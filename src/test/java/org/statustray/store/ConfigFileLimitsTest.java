package org.statustray.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.statustray.store.ConfigFileTest.CATALOG;
import static org.statustray.store.ConfigFileTest.CLOCK;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.statustray.testing.ManyServices;

/**
 * A settings file far larger than any real one (15 MB, 200,000 services) would exhaust the shipped 96 MB
 * heap: it is refused with one sentence, the defaults run, and the file is neither read whole nor copied.
 */
class ConfigFileLimitsTest {
    @TempDir
    Path tmp;

    @Test
    void aFifteenMegabyteFileIsRefusedAndTheDefaultsRunWithoutCopyingIt() throws Exception {
        Path file = ManyServices.write(tmp.resolve("config.json"), 200_000);
        long size = Files.size(file);
        assertThat(size).isGreaterThan(15_000_000);

        ConfigFile.Loaded loaded = ConfigFile.load(file, CATALOG, CLOCK);

        assertThat(loaded.config()).isEqualTo(ConfigFile.defaults(CATALOG));
        assertThat(loaded.messages()).containsExactly("config.json is not valid settings (it is 15.8 MB, more than the"
                + " 1 MB a settings file may be); StatusTray runs on the default services until you change settings");
        assertThat(loaded.backup()).isNull();
        assertThat(ConfigFile.load(file, CATALOG, CLOCK).backup()).as("nor at the next start").isNull();
        assertThat(ConfigFileLinksTest.files(tmp)).containsExactly(file);
        assertThat(Files.size(file)).isEqualTo(size);
    }

    @Test
    void moreServicesThanAnyoneWatchesAreRefusedTheSameWay() throws Exception {
        Path file = ManyServices.write(tmp.resolve("config.json"), 1_001);

        ConfigFile.Loaded loaded = ConfigFile.load(file, CATALOG, CLOCK);

        assertThat(loaded.config()).isEqualTo(ConfigFile.defaults(CATALOG));
        assertThat(loaded.messages()).containsExactly("config.json is not valid settings (it lists 1,001 services, more"
                + " than the 1,000 StatusTray watches); StatusTray runs on the default services until you change settings");
        assertThat(loaded.backup()).isNull();
        assertThat(ConfigFile.load(ManyServices.write(file, 1_000), CATALOG).config().services()).hasSize(1_000);
    }
}
