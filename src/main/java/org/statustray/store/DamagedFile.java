package org.statustray.store;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A history file SQLite cannot read, moved aside as it was, with SQLite's files beside it, under a name the
 * user can find: {@code history.db.damaged-<UTC stamp>} (and {@code …-wal}, {@code …-shm}), in the same
 * directory. Moving it while SQLite still has it open keeps it byte for byte: once SQLite sees its file has
 * moved, closing the connection writes nothing into it (no checkpoint, no removal of the write-ahead log).
 */
final class DamagedFile {
    private static final System.Logger LOG = System.getLogger(DamagedFile.class.getName());
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private DamagedFile() {
    }

    /** Moves {@code file} and its sidecars aside; where the file is now. Nothing is moved when the file cannot be. */
    static Path setAside(Path file, Clock clock) throws IOException {
        String base = file.getFileName() + ".damaged-" + STAMP.format(clock.instant());
        Path copy = file.resolveSibling(base);
        for (int n = 2; taken(copy); n++) {
            copy = file.resolveSibling(base + "-" + n);
        }
        Files.move(file, copy);
        for (String sidecar : StoreFile.SIDECARS) {
            Path left = file.resolveSibling(file.getFileName() + sidecar);
            if (!Files.exists(left, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            try {
                Files.move(left, copy.resolveSibling(copy.getFileName() + sidecar));
            } catch (IOException e) {
                // Left where it is, SQLite would take it for the new file's own log and replay it there.
                LOG.log(Level.WARNING, "could not keep " + left + " with the damaged history; removing it", e);
                Files.deleteIfExists(left);
            }
        }
        return copy;
    }

    private static boolean taken(Path copy) {
        for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
            if (Files.exists(copy.resolveSibling(copy.getFileName() + suffix), LinkOption.NOFOLLOW_LINKS)) {
                return true;
            }
        }
        return false;
    }
}
