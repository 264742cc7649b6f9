package org.statustray.store;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** Opens {@code history.db}: a private file, WAL journal, the schema brought up to date. */
final class StoreFile {
    static final String NAME = "history.db";
    /** SQLite's own files beside the database: the write-ahead log, its index, a rollback journal. */
    static final List<String> SIDECARS = List.of("-wal", "-shm", "-journal");
    private static final System.Logger LOG = System.getLogger(StoreFile.class.getName());

    private StoreFile() {
    }

    static Connection open(Path dataDir, List<List<String>> steps) throws StoreException {
        Path file = dataDir.resolve(NAME);
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
            return db;
        } catch (SQLException e) {
            closeQuietly(db);
            throw new StoreException(describe(file, e), e);
        } catch (StoreException | RuntimeException e) {
            closeQuietly(db);
            throw e;
        }
    }

    /** SQLite's result codes, in words; the primary code is the low byte of an extended one. */
    static String describe(Path file, SQLException e) {
        switch (e.getErrorCode() & 0xFF) {
            case 26: // SQLITE_NOTADB
            case 11: // SQLITE_CORRUPT
                return file + " is not a readable history database (damaged, or not SQLite);"
                        + " move it away and StatusTray starts a new one";
            case 8: return file + " is read-only";
            case 14: return "cannot open " + file + " (is its directory writable?)";
            case 13: return "the disk holding " + file + " is full";
            case 5: case 6: return file + " is locked by another program";
            default:
                String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                return "cannot use " + file + ": " + m.lines().findFirst().orElse(m);
        }
    }

    static void closeQuietly(Connection db) {
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
