package org.statustray.store;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Random;

/**
 * Makes an open store fail its writes for real, on its own connection, as a full or read-only disk does:
 * the store's SQL runs and SQLite refuses it. Tests run as root, so file modes cannot make a directory
 * read-only; and SQLite keeps its files open, so replacing them under an open store changes nothing it sees.
 * The pragma runs on the store's connection under the store's own lock.
 *
 * <p>It also damages a file as a failing disk does: pages overwritten with garbage, the first (the header
 * and the schema) left as it was, so that SQLite opens the file and finds the damage only on reading.
 */
public final class StoreFaults {
    private StoreFaults() {
    }

    /** {@code PRAGMA query_only}: every write fails with SQLITE_READONLY and reads go on, as on a read-only disk. */
    public static void readOnly(HistoryStore store, boolean on) {
        pragma(store, "PRAGMA query_only = " + (on ? 1 : 0));
    }

    /**
     * {@code PRAGMA max_page_count} at the file's present size: a write that needs one more page fails with
     * SQLITE_FULL, as on a full disk, and one that fits in the pages there succeeds, as it can there too.
     */
    public static void full(HistoryStore store) {
        pragma(store, "PRAGMA max_page_count = 1"); // never below the pages in use: it stops at the present size
    }

    /** Room again after {@link #full}: as many pages as SQLite allows. */
    public static void room(HistoryStore store) {
        pragma(store, "PRAGMA max_page_count = 4294967294");
    }

    /** Overwrites pages 2 to the middle of a closed history file with garbage. */
    public static void damage(Path file) throws IOException {
        int pages = pages(file);
        garble(file, 2, Math.max(2, pages / 2));
    }

    /**
     * Damages the history file of an open store: what is in its write-ahead log is first put in the file,
     * every page but the first is overwritten, and one write through another connection tells the store's
     * connection the file changed, so that it drops the pages it holds and reads the damaged ones next.
     */
    public static void damageWhileOpen(Path dataDir) throws Exception {
        Path file = HistoryStore.file(dataDir);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("PRAGMA busy_timeout = 5000");
            st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            garble(file, 2, pages(file));
            int version;
            try (ResultSet rs = st.executeQuery("PRAGMA user_version")) {
                version = rs.getInt(1);
            }
            st.execute("PRAGMA user_version = " + version);
        }
    }

    private static int pages(Path file) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "r")) {
            return (int) (f.length() / pageSize(f));
        }
    }

    /** Pages {@code from} to {@code to} (counted from 1, as SQLite does) overwritten with random bytes. */
    private static void garble(Path file, int from, int to) throws IOException {
        Random random = new Random(from * 31L + to);
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            int size = pageSize(f);
            byte[] page = new byte[size];
            for (int p = from; p <= to; p++) {
                random.nextBytes(page);
                f.seek((long) (p - 1) * size);
                f.write(page);
            }
        }
    }

    private static int pageSize(RandomAccessFile f) throws IOException {
        f.seek(16);
        int size = f.readUnsignedShort();
        return size == 1 ? 65536 : size;
    }

    private static void pragma(HistoryStore store, String sql) {
        try {
            store.connection().execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot change the store's connection: " + e, e);
        }
    }
}
