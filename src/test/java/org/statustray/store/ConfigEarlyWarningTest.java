package org.statustray.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.statustray.model.AppConfig;
import org.statustray.source.Catalog;

/** {@code notifications.earlyWarning}: read, checked, written beside {@code maintenance} and read back the same. */
class ConfigEarlyWarningTest {
    static final Catalog NONE = new Catalog(List.of());

    @TempDir
    Path dir;

    @Test
    void onUnlessTheFileSaysFalse() throws Exception {
        assertThat(load("{\"services\": []}").config().earlyWarning()).isTrue();
        assertThat(load("{\"notifications\": {\"maintenance\": true}}").config().earlyWarning()).isTrue();
        assertThat(load("{\"notifications\": {\"earlyWarning\": null}}").config().earlyWarning()).isTrue();
        assertThat(load("{\"notifications\": {\"earlyWarning\": true}}").config().earlyWarning()).isTrue();

        ConfigFile.Loaded off = load("{\"notifications\": {\"earlyWarning\": false, \"maintenance\": true}}");
        assertThat(off.config().earlyWarning()).isFalse();
        assertThat(off.config().maintenanceNotifications()).isTrue();
        assertThat(off.messages()).isEmpty();
    }

    @Test
    void aBadValueIsSaidOnceAndTheDefaultApplies() throws Exception {
        for (String bad : new String[] {"\"no\"", "0", "[]"}) {
            ConfigFile.Loaded loaded = load("{\"notifications\": {\"earlyWarning\": " + bad + ", \"maintenance\": true}}");
            assertThat(loaded.config().earlyWarning()).as(bad).isTrue();
            assertThat(loaded.config().maintenanceNotifications()).as(bad).isTrue();
            assertThat(loaded.messages()).as(bad)
                    .containsExactly("notifications.earlyWarning must be true or false, not " + bad + "; using true");
        }
        ConfigFile.Loaded notAnObject = load("{\"notifications\": 5}");
        assertThat(notAnObject.config().earlyWarning()).isTrue();
        assertThat(notAnObject.messages()).containsExactly(
                "notifications in the config is not an object; using the default notification settings");
    }

    @Test
    void savingWritesItOnceOffAndReadsBackTheSame() throws Exception {
        Path file = Files.writeString(dir.resolve("config.json"),
                "{\"notifications\": {\"maintenance\": true, \"other\": 1}}");
        AppConfig loaded = ConfigFile.load(file, NONE).config();

        ConfigFile.save(file, loaded, NONE);
        assertThat(saved(file).get("notifications").has("earlyWarning")).isFalse();

        ConfigFile.save(file, loaded.withEarlyWarning(false), NONE);
        JsonNode off = saved(file).get("notifications");
        assertThat(off.get("earlyWarning").isBoolean()).isTrue();
        assertThat(off.get("earlyWarning").asBoolean(true)).isFalse();
        assertThat(off.get("maintenance").asBoolean(false)).isTrue();
        assertThat(off.get("other").asInt()).isEqualTo(1);
        assertThat(ConfigFile.load(file, NONE).config()).isEqualTo(loaded.withEarlyWarning(false));

        ConfigFile.save(file, loaded, NONE);
        assertThat(saved(file).get("notifications").get("earlyWarning").asBoolean(false)).isTrue();
        assertThat(ConfigFile.load(file, NONE).config()).isEqualTo(loaded);
    }

    @Test
    void theOtherSettingsKeepIt() {
        AppConfig off = new AppConfig(60, List.of(), false, null).withEarlyWarning(false);

        assertThat(off.withProbes(false, 120).earlyWarning()).isFalse();
        assertThat(off.withServices(List.of()).earlyWarning()).isFalse();
        assertThat(off.withEarlyWarning(true).earlyWarning()).isTrue();
    }

    private static JsonNode saved(Path file) throws Exception {
        return new ObjectMapper().readTree(file.toFile());
    }

    private ConfigFile.Loaded load(String json) throws Exception {
        return ConfigFile.load(Files.writeString(dir.resolve("config.json"), json), NONE);
    }
}
