package org.statustray.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.statustray.store.ConfigFile;

/** Where config and history live on each desktop. */
class AppDirsTest {
    static final Path HOME = Path.of("/home/ada");

    @Test
    void linuxFollowsXdgAndIgnoresRelativeOrEmptyVariables() {
        assertThat(AppDirs.configDir("Linux", Map.of(), HOME)).isEqualTo(Path.of("/home/ada/.config/statustray"));
        assertThat(AppDirs.dataDir("Linux", Map.of(), HOME)).isEqualTo(Path.of("/home/ada/.local/share/statustray"));
        Map<String, String> xdg = Map.of("XDG_CONFIG_HOME", "/cfg", "XDG_DATA_HOME", "/data");
        assertThat(AppDirs.configDir("Linux", xdg, HOME)).isEqualTo(Path.of("/cfg/statustray"));
        assertThat(AppDirs.dataDir("Linux", xdg, HOME)).isEqualTo(Path.of("/data/statustray"));
        Map<String, String> bad = Map.of("XDG_CONFIG_HOME", "relative/cfg", "XDG_DATA_HOME", " ");
        assertThat(AppDirs.configDir("Linux", bad, HOME)).isEqualTo(Path.of("/home/ada/.config/statustray"));
        assertThat(AppDirs.dataDir("Linux", bad, HOME)).isEqualTo(Path.of("/home/ada/.local/share/statustray"));
    }

    @Test
    void windowsAndMacKeepBothInOneStatusTrayFolder() {
        assertThat(AppDirs.configDir("Windows 11", Map.of("APPDATA", "/appdata"), HOME)).isEqualTo(Path.of("/appdata/StatusTray"));
        assertThat(AppDirs.dataDir("Windows 11", Map.of(), HOME)).isEqualTo(Path.of("/home/ada/AppData/Roaming/StatusTray"));
        Path mac = Path.of("/home/ada/Library/Application Support/StatusTray");
        assertThat(AppDirs.configDir("Mac OS X", Map.of("XDG_CONFIG_HOME", "/cfg"), HOME)).isEqualTo(mac);
        assertThat(AppDirs.dataDir("Mac OS X", Map.of(), HOME)).isEqualTo(mac);
    }

    @Test
    void theLogLivesInTheXdgStateDirectory() {
        assertThat(AppDirs.stateDir("Linux", Map.of(), HOME)).isEqualTo(Path.of("/home/ada/.local/state/statustray"));
        assertThat(AppDirs.stateDir("Linux", Map.of("XDG_STATE_HOME", "/st"), HOME)).isEqualTo(Path.of("/st/statustray"));
        assertThat(AppDirs.stateDir("Linux", Map.of("XDG_STATE_HOME", "st"), HOME))
                .isEqualTo(Path.of("/home/ada/.local/state/statustray"));
        assertThat(AppDirs.stateDir("Windows 11", Map.of("APPDATA", "/appdata"), HOME))
                .isEqualTo(Path.of("/appdata/StatusTray/logs"));
        assertThat(AppDirs.stateDir("Mac OS X", Map.of("XDG_STATE_HOME", "/st"), HOME))
                .isEqualTo(Path.of("/home/ada/Library/Logs/StatusTray"));
    }

    @Test
    void theDefaultsAreUnderTheUsersDirectories() {
        assertThat(ConfigFile.defaultPath()).isAbsolute().endsWithRaw(Path.of("config.json"));
        assertThat(ConfigFile.defaultDataDir()).isAbsolute();
    }
}
