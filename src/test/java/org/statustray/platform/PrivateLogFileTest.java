package org.statustray.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Formatter;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The log file: private, made only when something is logged, rotated by size, and quiet when it cannot be written. */
class PrivateLogFileTest {
    @TempDir
    Path tmp;
    final List<String> told = new ArrayList<>();

    PrivateLogFile log(Path dir, long limit, int files) {
        PrivateLogFile log = new PrivateLogFile(dir, limit, files, told::add);
        log.setFormatter(new Formatter() {
            @Override
            public String format(LogRecord r) {
                return r.getMessage() + "\n";
            }
        });
        return log;
    }

    static LogRecord line(String text) {
        return new LogRecord(Level.INFO, text);
    }

    @Test
    void theDirectoryIs0700AndTheFile0600AndNothingIsMadeBeforeTheFirstRecord() throws IOException {
        Path dir = tmp.resolve("state").resolve("statustray");
        PrivateLogFile log = log(dir, 1000, 3);
        assertThat(dir).doesNotExist();

        log.publish(line("no session bus"));
        log.close();

        assertThat(Files.getPosixFilePermissions(dir)).isEqualTo(PosixFilePermissions.fromString("rwx------"));
        assertThat(Files.getPosixFilePermissions(log.file())).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(log.file()).hasFileName("statustray.log").hasContent("no session bus");
        assertThat(told).isEmpty();
    }

    @Test
    void anExistingLogIsAppendedToAndMadePrivate() throws IOException {
        Files.writeString(tmp.resolve("statustray.log"), "yesterday\n");
        Files.setPosixFilePermissions(tmp.resolve("statustray.log"), PosixFilePermissions.fromString("rw-r--r--"));
        PrivateLogFile log = log(tmp, 1000, 3);

        log.publish(line("today"));
        log.close();

        assertThat(log.file()).hasContent("yesterday\ntoday");
        assertThat(Files.getPosixFilePermissions(log.file())).isEqualTo(PosixFilePermissions.fromString("rw-------"));
    }

    @Test
    void pastTheLimitTheLogRotatesKeepingFilesMinusOneOlderOnesAllPrivate() throws IOException {
        PrivateLogFile log = log(tmp, 20, 3);
        for (int i = 1; i <= 5; i++) {
            log.publish(line("record number " + i)); // 16 bytes: one per file
        }
        log.close();

        assertThat(log.file()).hasContent("record number 5");
        assertThat(log.older(1)).hasContent("record number 4");
        assertThat(log.older(2)).hasContent("record number 3");
        assertThat(log.older(3)).doesNotExist();
        try (var files = Files.list(tmp)) {
            assertThat(files).hasSize(3).allSatisfy(f -> assertThat(Files.getPosixFilePermissions(f))
                    .isEqualTo(PosixFilePermissions.fromString("rw-------")));
        }
    }

    @Test
    void aLogAlreadyPastTheLimitIsRotatedAtTheFirstRecord() throws IOException {
        Files.writeString(tmp.resolve("statustray.log"), "x".repeat(50));
        PrivateLogFile log = log(tmp, 20, 2);

        log.publish(line("fresh"));
        log.close();

        assertThat(log.file()).hasContent("fresh");
        assertThat(log.older(1)).hasContent("x".repeat(50));
    }

    @Test
    void aLogThatCannotBeWrittenIsToldOnceAndTheRecordsAreDropped() throws IOException {
        Path notADirectory = Files.writeString(tmp.resolve("state"), "a file where the directory should be");
        PrivateLogFile log = log(notADirectory.resolve("statustray"), 1000, 3);

        log.publish(line("first"));
        log.publish(line("second"));
        log.close();

        assertThat(told).containsExactly("statustray: cannot write the log " + notADirectory.resolve("statustray")
                .resolve("statustray.log") + " (not a directory); no log is kept");
    }
}
