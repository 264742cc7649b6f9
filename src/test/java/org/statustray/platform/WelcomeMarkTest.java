package org.statustray.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The mark that the welcome was shown: a private file in the data directory. */
class WelcomeMarkTest {
    @TempDir
    Path tmp;

    @Test
    void isSetOnceWrittenInAPrivateFileEvenBeforeTheDataDirectoryExists() throws Exception {
        Path data = tmp.resolve("not yet/statustray");
        assertThat(WelcomeMark.isSet(data)).isFalse();

        WelcomeMark.set(data, Instant.parse("2026-03-01T09:00:00Z"));

        assertThat(WelcomeMark.isSet(data)).isTrue();
        assertThat(Files.readString(data.resolve("welcomed"))).isEqualTo("welcome shown 2026-03-01T09:00:00Z\n");
        assertThat(Files.getPosixFilePermissions(data.resolve("welcomed"))).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.getPosixFilePermissions(data)).isEqualTo(PosixFilePermissions.fromString("rwx------"));
    }

    @Test
    void aDataDirectoryThatCannotBeMadeIsOneSentence() throws Exception {
        Files.writeString(tmp.resolve("file"), "");

        assertThatThrownBy(() -> WelcomeMark.set(tmp.resolve("file/data"), Instant.EPOCH))
                .isInstanceOf(PlatformException.class).hasMessageStartingWith("cannot write " + tmp.resolve("file/data/welcomed"));
    }
}
