package org.statustray.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.statustray.model.AppConfig;
import org.statustray.model.QuietHours;
import org.statustray.model.ServiceConfig;
import org.statustray.platform.Autostart;
import org.statustray.source.Catalog;
import org.statustray.store.ConfigChanges;
import org.statustray.store.ConfigFile;

/**
 * A change made in Settings is made to what config.json holds when it is saved: an edit by hand that the
 * app has not loaded yet stays, for everything the change does not itself touch.
 */
class SettingsHandEditsTest {
    static final Catalog CATALOG = Catalog.builtIn();

    @TempDir
    Path tmp;
    final List<AppConfig> applied = new ArrayList<>();

    @Test
    void aChangeInSettingsKeepsAHandEditTheAppHadNotLoaded() throws Exception {
        Path file = Files.writeString(tmp.resolve("config.json"),
                "{\"pollIntervalSeconds\": 60, \"services\": [{\"id\": \"openai\"}, {\"id\": \"github\"}]}");
        SettingsModel m = model(file);
        Files.writeString(file, "{\"pollIntervalSeconds\": 300, \"services\": [{\"id\": \"openai\", \"name\": \"OpenAI (work)\"},"
                + " {\"id\": \"slack\"}], \"notifications\": {\"quietHours\": {\"start\": \"22:00\", \"end\": \"07:00\"}}}");

        assertThat(m.setMuted("openai", true)).isTrue();

        AppConfig saved = ConfigFile.load(file, CATALOG).config();
        assertThat(saved.pollIntervalSeconds()).isEqualTo(300);
        assertThat(saved.quietHours()).isEqualTo(new QuietHours(LocalTime.of(22, 0), LocalTime.of(7, 0)));
        assertThat(saved.services()).extracting(ServiceConfig::id).as("github was removed by hand, slack added")
                .containsExactly("openai", "slack");
        assertThat(saved.services().get(0).name()).isEqualTo("OpenAI (work)");
        assertThat(saved.services().get(0).muted()).isTrue();
        assertThat(m.config()).as("Settings shows what the file holds").isEqualTo(saved);
        assertThat(applied).last().isEqualTo(saved);
    }

    @Test
    void aServiceRemovedByHandIsNotBroughtBackByAChangeToAnother() throws Exception {
        Path file = Files.writeString(tmp.resolve("config.json"),
                "{\"services\": [{\"id\": \"openai\"}, {\"id\": \"github\"}, {\"id\": \"slack\"}]}");
        SettingsModel m = model(file);
        Files.writeString(file, "{\"services\": [{\"id\": \"openai\"}, {\"id\": \"slack\"}]}");

        assertThat(m.move("slack", -1)).isTrue();
        assertThat(m.setGlobalInterval("90")).isTrue();

        AppConfig saved = ConfigFile.load(file, CATALOG).config();
        assertThat(saved.services()).extracting(ServiceConfig::id).containsExactly("slack", "openai");
        assertThat(saved.pollIntervalSeconds()).isEqualTo(90);
        assertThat(m.services()).extracting(ServiceConfig::id).containsExactly("slack", "openai");
    }

    SettingsModel model(Path file) {
        AppConfig current = ConfigFile.load(file, CATALOG).config();
        return new SettingsModel(file, current, CATALOG, uri -> null, id -> Optional.empty(),
                new Autostart(tmp.resolve("autostart/statustray.desktop"), "statustray", Autostart.Kind.XDG_AUTOSTART),
                Runnable::run, Runnable::run, ConfigChanges.writing(file, CATALOG, current, applied::add));
    }
}
