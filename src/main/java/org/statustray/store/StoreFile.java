package org.statustray.store;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.statustray.platform.IoReasons;
import org.statustray.platform.PrivateFiles;

/**
 * Opens {@code history.db}: a private file, WAL journal, the schema brought up to date. A file SQLite finds
 * damaged is moved aside ({@link DamagedFile}) and a new one opened in its place.
 */
final class StoreFile {
    static final String NAME = "history.db";
    /** SQLite's own files beside the database: the write-ahead log, its index, a rollback journal. */
    static final List<String> SIDECARS = List.of("-wal", "-shm", "-journal");
    private static final System.Logger LOG = System.getLogger(StoreFile.class.getName());
    /** The identity of a file whose system gives none ({@link BasicFileAttributes#fileKey()} null). */
    private static final Object PRESENT = new Object();
    private static final int SQLITE_CORRUPT = 11;
    private static final int SQLITE_NOTADB = 26;
    /** SQLITE_READONLY_DBMOVED: the file was renamed or removed under the connection. */
    private static final int SQLITE_READONLY_DBMOVED = 8 | (4 << 8);

    /**
     * An open store: the connection, the {@link #identity} of the file it has open, and, when the file there
     * was damaged, where it was moved and why.
     */
    record Opened(Connection db, @Nullable Object identity, @Nullable Path damagedCopy, @Nullable String damage) {
    }

    /** One try to open: the connection, or (db null) where the damaged file was moved and why. */
    private record Attempt(@Nullable Connection db, @Nullable Path copy, @Nullable String damage) {
    }

    private StoreFile() {
    }

    static Opened open(Path dataDir, List<List<String>> steps, Clock clock) throws StoreException {
        Path file = dataDir.resolve(NAME);
        prepare(dataDir, file);
        Attempt first = connect(file, steps, clock);
        if (first.db() != null) {
            return new Opened(first.db(), identity(file), null, null);
        }
        prepare(dataDir, file);
        Attempt second = connect(file, steps, clock);
        if (second.db() == null) {
            throw new StoreException(Objects.requireNonNull(second.damage())); // a failed attempt says why
        }
        return new Opened(second.db(), identity(file), first.copy(), first.damage());
    }

    private static void prepare(Path dataDir, Path file) throws StoreException {
        try {
            PrivateFiles.createDirectories(dataDir);
        } catch (IOException e) {
            throw new StoreException("cannot create the data directory " + dataDir + ": " + IoReasons.of(e), e);
        }
        if (!PrivateFiles.writable(dataDir)) {
            throw new StoreException("the data directory " + dataDir + " is read-only; StatusTray keeps its history there");
        }
        if (Files.isDirectory(file)) {
            throw new StoreException(file + " is a directory, not a history database");
        }
        try {
            PrivateFiles.createOrRestrict(file);
            for (String sidecar : SIDECARS) {
                // SQLite creates these with the database's mode, but reopens ones left behind as they are
                Path left = dataDir.resolve(NAME + sidecar);
                if (Files.isRegularFile(left, LinkOption.NOFOLLOW_LINKS)) {
                    PrivateFiles.restrict(left);
                }
            }
        } catch (IOException e) {
            throw new StoreException("cannot create " + file + ": " + IoReasons.of(e), e);
        }
    }

    private static Attempt connect(Path file, List<List<String>> steps, Clock clock) throws StoreException {
        Connection db = null;
        try {
            db = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
            try (Statement st = db.createStatement()) {
                st.execute("PRAGMA busy_timeout = 5000");
                try (ResultSet rs = st.executeQuery("PRAGMA journal_mode = WAL")) {
                    String mode = rs.next() ? rs.getString(1) : "?";
                    if (!"wal".equalsIgnoreCase(mode)) {
                        LOG.log(Level.WARNING, "{0} stays in journal mode {1}, not WAL", file, mode);
                    }
                }
                // With WAL, NORMAL loses no commit when the app crashes; only a power cut can cost the last ones.
                st.execute("PRAGMA synchronous = NORMAL");
            }
            Migrations.migrate(db, steps);
            return new Attempt(db, null, null);
        } catch (SQLException e) {
            if (damaged(e)) {
                return setAside(file, db, e, clock);
            }
            closeQuietly(db);
            throw new StoreException(describe(file, e), e);
        } catch (StoreException | RuntimeException e) {
            closeQuietly(db);
            throw e;
        }
    }

    /** Moves the damaged file aside while {@code db} (if any) still has it open, then closes it. */
    private static Attempt setAside(Path file, @Nullable Connection db, SQLException e, Clock clock)
            throws StoreException {
        try {
            return new Attempt(null, DamagedFile.setAside(file, clock), describe(file, e));
        } catch (IOException moving) {
            throw new StoreException(describe(file, e) + "; it could not be moved aside: " + IoReasons.of(moving), e);
        } finally {
            closeQuietly(db);
        }
    }

    /** What tells the file at {@code file} from another put there since: null when there is none. */
    static @Nullable Object identity(Path file) {
        try {
            Object key = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey();
            return key != null ? key : PRESENT;
        } catch (IOException e) {
            return null;
        }
    }

    /** SQLite found the file damaged, or not a database at all. */
    static boolean damaged(SQLException e) {
        int primary = e.getErrorCode() & 0xFF;
        return primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB;
    }

    /** SQLite noticed the file was renamed or removed under it. */
    static boolean moved(SQLException e) {
        return e.getErrorCode() == SQLITE_READONLY_DBMOVED;
    }

    /** Removes SQLite's files left beside {@code file} by a file that is no longer there. */
    static void removeSidecars(Path file) {
        for (String sidecar : SIDECARS) {
            try {
                Files.deleteIfExists(file.resolveSibling(file.getFileName() + sidecar));
            } catch (IOException e) {
                LOG.log(Level.WARNING, "cannot remove " + file + sidecar + ": " + IoReasons.of(e));
            }
        }
    }

    /** SQLite's result codes, in words; the primary code is the low byte of an extended one. */
    static String describe(Path file, SQLException e) {
        switch (e.getErrorCode() & 0xFF) {
            case 26: // SQLITE_NOTADB
            case 11: // SQLITE_CORRUPT
                return file + " is not a readable history database (damaged, or not SQLite)";
            case 8: return file + " is read-only";
            case 14: return "cannot open " + file + " (is its directory writable?)";
            case 13: return "the disk holding " + file + " is full";
            case 5: case 6: return file + " is locked by another program";
            default:
                String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                return "cannot use " + file + ": " + m.lines().findFirst().orElse(m);
        }
    }

    static void closeQuietly(@Nullable Connection db) {
        if (db == null) {
            return;
        }
        try {
            db.close();
        } catch (SQLException e) {
            LOG.log(Level.DEBUG, "closing the history store failed", e);
        }
    }
}
