package org.statustray.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * That the welcome window (and its offer to start at login) was shown: a small file {@code welcomed} in the
 * data directory, beside the history. It lives there rather than in the settings file because it matters
 * exactly when that file is missing again (deleted to start afresh, or never writable): the offer is made
 * once per user, not once per settings file.
 */
public final class WelcomeMark {
    static final String FILE_NAME = "welcomed";

    private WelcomeMark() {
    }

    public static Path file(Path dataDir) {
        return dataDir.resolve(FILE_NAME);
    }

    /** Whether the welcome was ever shown with this data directory. */
    public static boolean isSet(Path dataDir) {
        return Files.exists(file(dataDir));
    }

    /** Records that the welcome was shown at {@code when} (the file's content, for whoever looks). */
    public static void set(Path dataDir, Instant when) throws PlatformException {
        Path file = file(dataDir);
        try {
            PrivateFiles.writeAtomically(file, ("welcome shown " + when + "\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new PlatformException("cannot write " + file + ": " + IoReasons.of(e), e);
        }
    }
}
