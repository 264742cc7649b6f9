package org.statustray.platform;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Where the contract puts files: on Linux the XDG directories ({@code $XDG_CONFIG_HOME/statustray},
 * {@code $XDG_DATA_HOME/statustray}), on Windows {@code %APPDATA%\StatusTray}, on macOS
 * {@code ~/Library/Application Support/StatusTray} (config and data side by side on both).
 */
public final class AppDirs {
    private AppDirs() {
    }

    /** This user's config directory on this system. */
    public static Path configDirOfThisUser() {
        return configDir(System.getProperty("os.name"), System.getenv(), home());
    }

    /** This user's data directory on this system. */
    public static Path dataDirOfThisUser() {
        return dataDir(System.getProperty("os.name"), System.getenv(), home());
    }

    /** Where this user's log is kept on this system. */
    public static Path stateDirOfThisUser() {
        return stateDir(System.getProperty("os.name"), System.getenv(), home());
    }

    static Path configDir(@Nullable String osName, Map<String, String> env, Path home) {
        return desktopDir(osName, env, home, "XDG_CONFIG_HOME", home.resolve(".config"));
    }

    static Path dataDir(@Nullable String osName, Map<String, String> env, Path home) {
        return desktopDir(osName, env, home, "XDG_DATA_HOME", home.resolve(".local").resolve("share"));
    }

    /**
     * The log's directory: {@code $XDG_STATE_HOME/statustray} (default {@code ~/.local/state}), the XDG place
     * for what is worth keeping across restarts but is not data; {@code logs} in the app's directory on
     * Windows, {@code ~/Library/Logs/StatusTray} on macOS.
     */
    static Path stateDir(@Nullable String osName, Map<String, String> env, Path home) {
        String os = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("mac") || os.startsWith("darwin")) {
            return home.resolve("Library").resolve("Logs").resolve("StatusTray");
        }
        if (os.startsWith("windows")) {
            return desktopDir(osName, env, home, "", home).resolve("logs");
        }
        return desktopDir(osName, env, home, "XDG_STATE_HOME", home.resolve(".local").resolve("state"));
    }

    static Path home() {
        return Path.of(System.getProperty("user.home"));
    }

    private static Path desktopDir(@Nullable String osName, Map<String, String> env, Path home, String xdgVariable, Path xdgDefault) {
        String os = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = usable(appData) ? Path.of(appData) : home.resolve("AppData").resolve("Roaming");
            return base.resolve("StatusTray");
        }
        if (os.startsWith("mac") || os.startsWith("darwin")) {
            return home.resolve("Library").resolve("Application Support").resolve("StatusTray");
        }
        String xdg = env.get(xdgVariable);
        // The XDG spec: a relative path in the variable is invalid and must be ignored.
        Path base = usable(xdg) && Path.of(xdg).isAbsolute() ? Path.of(xdg) : xdgDefault;
        return base.resolve("statustray");
    }

    private static boolean usable(@Nullable String value) {
        return value != null && !value.isBlank();
    }
}
