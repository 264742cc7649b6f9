package org.statustray.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one-instance lock of a data directory: held by one claim at a time, in this JVM and across processes
 * (a child JVM), named in a private file, and unavailable, with a reason, where the directory cannot hold it.
 */
@Timeout(60)
class InstanceLockTest {
    static final long PID = ProcessHandle.current().pid();

    @TempDir
    Path tmp;

    @Test
    void oneClaimAtATimeInThisJvmAndInAnother() throws Exception {
        Path data = tmp.resolve("not yet/statustray");
        InstanceLock.Claim first = InstanceLock.claim(data, "tray");
        assertThat(first).isInstanceOf(InstanceLock.Acquired.class);
        try {
            assertThat(InstanceLock.claim(data, "watch")).isEqualTo(new InstanceLock.Held(new InstanceLock.Owner(PID, "tray")));
            assertThat(InstanceLock.claim(data.resolve("../statustray"), "watch")).as("the same directory by another path")
                    .isInstanceOf(InstanceLock.Held.class);
            assertThat(inAChild(data)).as("refused here, still held for other processes").isEqualTo("held " + PID + " tray");
        } finally {
            ((InstanceLock.Acquired) first).lock().close();
        }
        assertThat(inAChild(data)).isEqualTo("acquired");
        assertThat(Files.readString(data.resolve("instance.lock"))).as("the child's line").matches("\\d+ watch\n")
                .isNotEqualTo(PID + " watch\n");
        assertThat(Files.getPosixFilePermissions(data.resolve("instance.lock"))).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.getPosixFilePermissions(data)).isEqualTo(PosixFilePermissions.fromString("rwx------"));
    }

    @Test
    void aLockFileLeftBehindIsTakenOverAndClosingTwiceLetsGoOnce() throws Exception {
        Path data = Files.createDirectory(tmp.resolve("data"));
        Path file = Files.writeString(data.resolve("instance.lock"), "4242 tray\nsomething longer than the new line\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        InstanceLock old = ((InstanceLock.Acquired) InstanceLock.claim(data, "watch")).lock();
        old.close();
        InstanceLock current = ((InstanceLock.Acquired) InstanceLock.claim(data, "watch")).lock();
        old.close();
        assertThat(InstanceLock.claim(data, "tray")).as("closing a lock again leaves the next holder's alone")
                .isInstanceOf(InstanceLock.Held.class);
        current.close();

        assertThat(Files.readString(file)).isEqualTo(PID + " watch\n");
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
    }

    @Test
    void aDirectoryThatCannotBeMadeOrIsReadOnlyHoldsNoLockAndSaysWhy() throws Exception {
        Files.writeString(tmp.resolve("file"), "");
        assertThat(InstanceLock.claim(tmp.resolve("file/data"), "tray")).isEqualTo(new InstanceLock.Unavailable(
                "cannot create the data directory " + tmp.resolve("file/data") + ": not a directory"));

        Path readOnly = Files.createDirectory(tmp.resolve("read-only"));
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-x------"));
        assertThat(InstanceLock.claim(readOnly, "tray"))
                .isEqualTo(new InstanceLock.Unavailable("the data directory " + readOnly + " is read-only"));
        assertThat(readOnly.resolve("instance.lock")).doesNotExist();
    }

    /** What a claim of {@code data} finds in another JVM. */
    private String inAChild(Path data) throws Exception {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), ClaimsDataDir.class.getName(), data.toString(), "watch")
                .redirectErrorStream(true).start();
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    }
}
