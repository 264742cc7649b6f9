package org.statustray.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Start at login: which file on which system, what it says, turning it on and off. */
class AutostartTest {
    @TempDir
    Path home;

    @Test
    void linuxUsesAnXdgAutostartEntryUnderTheConfigHome() {
        Path xdg = home.resolve("xdg");
        assertThat(Autostart.forSystem("Linux", Map.of("XDG_CONFIG_HOME", xdg.toString()), home, "statustray").file())
                .isEqualTo(xdg.resolve("autostart/statustray.desktop"));
        Autostart plain = Autostart.forSystem("Linux", Map.of("XDG_CONFIG_HOME", "relative/ignored"), home, "statustray");
        assertThat(plain.file()).isEqualTo(home.resolve(".config/autostart/statustray.desktop"));
        assertThat(plain.kind()).isEqualTo(Autostart.Kind.XDG_AUTOSTART);
        assertThat(plain.isAvailable()).isTrue();
        assertThat(plain.unavailableReason()).isNull();
    }

    @Test
    void theDesktopEntryRunsTheCommandAndIsPrivate() throws Exception {
        Path file = home.resolve(".config/autostart/statustray.desktop");
        Autostart a = new Autostart(file, "'/opt/Java Home/bin/java' -jar /home/u/status%tray.jar", Autostart.Kind.XDG_AUTOSTART);
        assertThat(a.isEnabled()).isFalse();

        a.enable();

        assertThat(Files.readString(file)).isEqualTo("""
                [Desktop Entry]
                Type=Application
                Name=StatusTray
                Comment=Status of the services you depend on, in the system tray
                Exec="/opt/Java Home/bin/java" -jar /home/u/status%%tray.jar
                Terminal=false
                Categories=Utility;
                X-GNOME-Autostart-enabled=true
                """);
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.getPosixFilePermissions(file.getParent())).isEqualTo(PosixFilePermissions.fromString("rwx------"));
        assertThat(a.isEnabled()).isTrue();

        a.disable();
        assertThat(file).doesNotExist();
        assertThat(a.isEnabled()).isFalse();
        a.disable();
    }

    @Test
    void execArgumentsWithQuotesAndBackslashesAreEscapedTwice() throws Exception {
        Path file = home.resolve("statustray.desktop");
        new Autostart(file, "/usr/bin/java \"-Dx=a\\\\b c\" -jar x.jar", Autostart.Kind.XDG_AUTOSTART).enable();
        assertThat(Files.readAllLines(file)).contains("Exec=/usr/bin/java \"-Dx=a\\\\\\\\b c\" -jar x.jar");
    }

    @Test
    void anEntryTheDesktopSwitchedOffCountsAsOff() throws Exception {
        Path file = home.resolve("statustray.desktop");
        Files.writeString(file, "[Desktop Entry]\nType=Application\nExec=statustray\nHidden=true\n");
        assertThat(new Autostart(file, "statustray", Autostart.Kind.XDG_AUTOSTART).isEnabled()).isFalse();
        Files.writeString(file, "[Desktop Entry]\nExec=statustray\nX-GNOME-Autostart-enabled=false\n");
        assertThat(new Autostart(file, "statustray", Autostart.Kind.XDG_AUTOSTART).isEnabled()).isFalse();
    }

    @Test
    void macOsUsesALaunchAgentThatRunsAtLoad() throws Exception {
        Autostart a = Autostart.forSystem("Mac OS X", Map.of(), home,
                "/Applications/StatusTray.app/Contents/MacOS/StatusTray --tray&quiet");
        Path plist = home.resolve("Library/LaunchAgents/org.statustray.StatusTray.plist");
        assertThat(a.file()).isEqualTo(plist);
        assertThat(a.kind()).isEqualTo(Autostart.Kind.LAUNCH_AGENT);

        a.enable();

        assertThat(Files.readString(plist)).isEqualTo("""
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
                <plist version="1.0">
                <dict>
                  <key>Label</key>
                  <string>org.statustray.StatusTray</string>
                  <key>ProgramArguments</key>
                  <array>
                    <string>/Applications/StatusTray.app/Contents/MacOS/StatusTray</string>
                    <string>--tray&amp;quiet</string>
                  </array>
                  <key>RunAtLoad</key>
                  <true/>
                  <key>ProcessType</key>
                  <string>Interactive</string>
                </dict>
                </plist>
                """);
        assertThat(Files.getPosixFilePermissions(plist)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(a.isEnabled()).isTrue();
        a.disable();
        assertThat(a.isEnabled()).isFalse();
    }

    @Test
    void otherSystemsAreUnavailableWithAReason() {
        Autostart windows = Autostart.forSystem("Windows 11", Map.of("APPDATA", "C:\\x"), home, "statustray.exe");
        assertThat(windows.isAvailable()).isFalse();
        assertThat(windows.unavailableReason()).isEqualTo("starting at login is not available on Windows 11 in this version");
        assertThat(windows.isEnabled()).isFalse();
        assertThatThrownBy(windows::enable).isInstanceOf(PlatformException.class)
                .hasMessage("cannot start StatusTray at login: starting at login is not available on Windows 11 in this version");
    }

    @Test
    void withoutACommandToRunItIsUnavailableWithAReason() throws Exception {
        Path file = home.resolve("statustray.desktop");
        Autostart a = Autostart.forSystem("Linux", Map.of("XDG_CONFIG_HOME", home.toString()), home, null);
        assertThat(a.isAvailable()).isFalse();
        assertThat(a.unavailableReason()).contains("was not started from its jar or an installed launcher");
        assertThatThrownBy(a::enable).isInstanceOf(PlatformException.class).hasMessageContaining("cannot start itself at login");
        assertThat(home.resolve("autostart")).doesNotExist();

        Autostart unclosed = new Autostart(file, "'/opt/java -jar x.jar", Autostart.Kind.XDG_AUTOSTART);
        assertThat(unclosed.isAvailable()).isFalse();
        assertThat(unclosed.unavailableReason()).startsWith("the command that starts StatusTray cannot be used: a quote is not closed");
    }

    @Test
    void aFileThatCannotBeWrittenGivesOneLine() throws Exception {
        Path blocker = home.resolve("autostart");
        Files.writeString(blocker, "not a directory");
        Autostart a = new Autostart(blocker.resolve("statustray.desktop"), "statustray", Autostart.Kind.XDG_AUTOSTART);

        assertThatThrownBy(a::enable).isInstanceOf(PlatformException.class)
                .hasMessageStartingWith("cannot write " + blocker.resolve("statustray.desktop") + ": ")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void aCommandLineSplitsAsAShellWould() {
        assertThat(AutostartFiles.split("  java -jar 'a b.jar' \"c \\\"d\\\"\" e\\ f ''")).containsExactly(
                "java", "-jar", "a b.jar", "c \"d\"", "e f", "");
        assertThat(AutostartFiles.split(AutostartFiles.quote("/it's here/java") + " -jar x.jar"))
                .containsExactly("/it's here/java", "-jar", "x.jar");
    }
}
