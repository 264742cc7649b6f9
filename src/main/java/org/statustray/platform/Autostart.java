package org.statustray.platform;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Starting StatusTray when the user logs in: on Linux (and other XDG desktops) an autostart entry
 * {@code $XDG_CONFIG_HOME/autostart/statustray.desktop}, on macOS a launch agent
 * {@code ~/Library/LaunchAgents/org.statustray.StatusTray.plist}; elsewhere it is unavailable, with a reason.
 * The files are the user's own (0600, a directory created 0700).
 */
public final class Autostart {
    /** How the system starts programs at login. */
    public enum Kind {
        XDG_AUTOSTART, LAUNCH_AGENT, UNAVAILABLE
    }

    static final String LABEL = "org.statustray.StatusTray";
    private final @Nullable Path file;
    private final @Nullable String command;
    private final Kind kind;
    private final @Nullable String unavailableReason;

    /** An autostart entry at {@code file} that runs {@code command}: for tests, and for callers that know better. */
    public Autostart(@Nullable Path file, @Nullable String command, Kind kind) {
        this(file, command, kind, kind == Kind.UNAVAILABLE ? "starting at login is not supported on this system" : null);
    }

    private Autostart(@Nullable Path file, @Nullable String command, Kind kind, @Nullable String reason) {
        this.file = file;
        this.command = command;
        this.kind = kind;
        this.unavailableReason = kind != Kind.UNAVAILABLE && file != null ? whyCommandUnusable(command) : reason;
    }

    /**
     * Start at login for this user on this system. {@code launchCommand} is the command line that starts the
     * app again (arguments split as a shell would, quoted where they hold spaces); null when the app cannot
     * be started again as it is (run from an IDE or from classes).
     */
    public static Autostart forThisUser(@Nullable String launchCommand) {
        return forSystem(System.getProperty("os.name"), System.getenv(), AppDirs.home(), launchCommand);
    }

    static Autostart forSystem(@Nullable String osName, Map<String, String> env, Path home,
            @Nullable String launchCommand) {
        String os = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("mac") || os.startsWith("darwin")) {
            Path plist = home.resolve("Library").resolve("LaunchAgents").resolve(LABEL + ".plist");
            return new Autostart(plist, launchCommand, Kind.LAUNCH_AGENT);
        }
        if (os.startsWith("linux") || os.contains("bsd")) {
            String xdg = env.get("XDG_CONFIG_HOME");
            Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg) : home.resolve(".config");
            return new Autostart(base.resolve("autostart").resolve("statustray.desktop"), launchCommand, Kind.XDG_AUTOSTART);
        }
        String name = osName == null || osName.isBlank() ? "this system" : osName;
        return new Autostart(null, launchCommand, Kind.UNAVAILABLE,
                "starting at login is not available on " + name + " in this version");
    }

    /**
     * The command line that starts this very app again: the installed launcher, or {@code java -jar} with
     * the jar it runs from; null when it runs from classes (an IDE, the tests).
     */
    public static @Nullable String launchCommandOfThisApp() {
        String launcher = System.getProperty("jpackage.app-path");
        if (launcher != null && !launcher.isBlank()) {
            return AutostartFiles.quote(launcher);
        }
        String classPath = System.getProperty("java.class.path", "");
        String javaCommand = ProcessHandle.current().info().command().orElse(null);
        if (javaCommand == null || classPath.contains(File.pathSeparator) || !classPath.endsWith(".jar")) {
            return null;
        }
        return AutostartFiles.quote(javaCommand) + " -jar " + AutostartFiles.quote(Path.of(classPath).toAbsolutePath().toString());
    }

    public Kind kind() {
        return kind;
    }

    /** The entry's file; null when unavailable on this system. */
    public @Nullable Path file() {
        return file;
    }

    public boolean isAvailable() {
        return unavailableReason == null;
    }

    /** Why start at login cannot be turned on, one line; null when it can. */
    public @Nullable String unavailableReason() {
        return unavailableReason;
    }

    /** Whether an entry is in place and not switched off (a desktop may hide it instead of deleting it). */
    public boolean isEnabled() {
        if (file == null || !Files.isRegularFile(file)) {
            return false;
        }
        if (kind != Kind.XDG_AUTOSTART) {
            return true;
        }
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            return lines.stream().map(String::strip).noneMatch(l -> l.equalsIgnoreCase("Hidden=true")
                    || l.equalsIgnoreCase("X-GNOME-Autostart-enabled=false"));
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }

    /** Writes the entry (replacing an older one, e.g. for a jar that moved). */
    public void enable() throws PlatformException {
        if (!isAvailable()) {
            throw new PlatformException("cannot start StatusTray at login: " + unavailableReason);
        }
        // available: there is a file, and a command that splits
        Path target = Objects.requireNonNull(file);
        List<String> args = AutostartFiles.split(Objects.requireNonNull(command));
        String content = kind == Kind.XDG_AUTOSTART ? AutostartFiles.desktopEntry(args) : AutostartFiles.launchAgent(LABEL, args);
        try {
            PrivateFiles.writeAtomically(target, content.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new PlatformException("cannot write " + file + ": " + IoReasons.of(e), e);
        }
    }

    /** Removes the entry; nothing to remove is fine. */
    public void disable() throws PlatformException {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new PlatformException("cannot remove " + file + ": " + IoReasons.of(e), e);
        }
    }

    private static @Nullable String whyCommandUnusable(@Nullable String command) {
        if (command == null || command.isBlank()) {
            return "StatusTray was not started from its jar or an installed launcher, so it cannot start itself at login";
        }
        try {
            AutostartFiles.split(command);
            return null;
        } catch (IllegalArgumentException e) {
            return "the command that starts StatusTray cannot be used: " + e.getMessage();
        }
    }
}
