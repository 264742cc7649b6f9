package org.statustray.store;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
    private final Path file;
    private final String command;
    private final Kind kind;
    private final String unavailableReason;

    /** An autostart entry at {@code file} that runs {@code command}: for tests, and for callers that know better. */
    public Autostart(Path file, String command, Kind kind) {
        this(file, command, kind, kind == Kind.UNAVAILABLE ? "starting at login is not supported on this system" : null);
    }

    private Autostart(Path file, String command, Kind kind, String reason) {
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
    public static Autostart forThisUser(String launchCommand) {
        return forSystem(System.getProperty("os.name"), System.getenv(), AppDirs.home(), launchCommand);
    }

    static Autostart forSystem(String osName, Map<String, String> env, Path home, String launchCommand) {
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
    public static String launchCommandOfThisApp() {
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
    public Path file() {
        return file;
    }

    public boolean isAvailable() {
        return unavailableReason == null;
    }

    /** Why start at login cannot be turned on, one line; null when it can. */
    public String unavailableReason() {
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
    public void enable() throws StoreException {
        if (!isAvailable()) {
            throw new StoreException("cannot start StatusTray at login: " + unavailableReason);
        }
        List<String> args = AutostartFiles.split(command);
        String content = kind == Kind.XDG_AUTOSTART ? AutostartFiles.desktopEntry(args) : AutostartFiles.launchAgent(LABEL, args);
        try {
            PrivateFiles.writeAtomically(file, content.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new StoreException("cannot write " + file + ": " + IoReasons.of(e), e);
        }
    }

    /** Removes the entry; nothing to remove is fine. */
    public void disable() throws StoreException {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new StoreException("cannot remove " + file + ": " + IoReasons.of(e), e);
        }
    }

    private static String whyCommandUnusable(String command) {
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
