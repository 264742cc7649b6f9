package org.statustray.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.logging.ConsoleHandler;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.statustray.platform.PrivateLogFile;

/**
 * A quiet console: log records go to the private rotating file, not the terminal; --debug shows them on
 * stderr as well. Runs on loggers of its own, not the test JVM's root.
 */
class LogSetupTest {
    @TempDir
    Path tmp;
    final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);
    Logger root;
    Logger ours;
    Logger library;

    @BeforeEach
    void loggers() {
        root = Logger.getAnonymousLogger();
        root.setUseParentHandlers(false);
        root.addHandler(new ConsoleHandler()); // what the JDK's default configuration puts there
        ours = Logger.getAnonymousLogger();
        ours.setParent(root);
        library = Logger.getAnonymousLogger();
        library.setParent(root);
    }

    String err() {
        return errBytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void infoAndWarningsGoToThePrivateLogFileAndNotToTheTerminal() throws Exception {
        PrivateLogFile file = LogSetup.install(root, ours, tmp.resolve("statustray"), false, err);

        ours.info("no session bus");
        library.warning("Unsupported JavaFX configuration");
        ours.fine("a debug detail");
        file.close();

        assertThat(root.getHandlers()).containsExactly(file);
        assertThat(file.file()).isEqualTo(tmp.resolve("statustray").resolve("statustray.log"));
        String log = Files.readString(file.file());
        assertThat(log.lines()).hasSize(2);
        assertThat(log).contains(" INFO ").contains(": no session bus").contains(" WARNING ")
                .contains("Unsupported JavaFX configuration").doesNotContain("a debug detail");
        assertThat(Files.getPosixFilePermissions(file.file())).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.getPosixFilePermissions(file.file().getParent())).isEqualTo(PosixFilePermissions.fromString("rwx------"));
        assertThat(err()).isEmpty();
    }

    @Test
    void theLogIsRotatedAtOneMegabyteKeepingThreeFiles() {
        PrivateLogFile file = LogSetup.install(root, ours, tmp, false, err);

        assertThat(file.limitBytes()).isEqualTo(1024 * 1024);
        assertThat(file.files()).isEqualTo(3);
    }

    @Test
    void debugShowsTheRecordsOnStderrAsWellWithOurOwnDebugOnes() throws Exception {
        PrivateLogFile file = LogSetup.install(root, ours, tmp, true, err);

        ours.info("no session bus");
        ours.fine("registered with the StatusNotifierWatcher");
        library.fine("a library's chatter");
        file.close();

        assertThat(err()).contains("INFO").contains("no session bus").contains("registered with the StatusNotifierWatcher")
                .doesNotContain("a library's chatter");
        assertThat(Files.readString(file.file())).contains("no session bus").contains("registered with");
    }

    @Test
    void aStackTraceGoesToTheFileUnderItsLine() throws Exception {
        PrivateLogFile file = LogSetup.install(root, ours, tmp, false, err);

        ours.log(Level.WARNING, "history cannot be saved", new IllegalStateException("disk full"));
        file.close();

        assertThat(Files.readString(file.file())).contains("history cannot be saved")
                .contains("java.lang.IllegalStateException: disk full").contains("\tat ");
        assertThat(err()).isEmpty();
    }

    @Test
    void whenTheLogCannotBeWrittenTheTerminalIsToldOnceWhere() throws Exception {
        Path inTheWay = Files.writeString(tmp.resolve("state"), "not a directory");
        LogSetup.install(root, ours, inTheWay.resolve("statustray"), false, err);

        ours.info("first");
        ours.warning("second");

        assertThat(err().lines()).containsExactly("statustray: cannot write the log "
                + inTheWay.resolve("statustray").resolve("statustray.log") + " (not a directory); no log is kept");
    }
}
