package org.statustray.store;

import java.lang.reflect.Field;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Makes an open store fail its writes for real, on its own connection, as a full or read-only disk does:
 * the store's SQL runs and SQLite refuses it. Tests run as root, so file modes cannot make a directory
 * read-only; and SQLite keeps its files open, so replacing them under an open store changes nothing it sees.
 * The connection is the store's private field, reached by reflection under the store's own lock.
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

    private static void pragma(HistoryStore store, String sql) {
        try {
            ReentrantLock lock = (ReentrantLock) field("lock").get(store);
            lock.lock();
            try (Statement st = ((Connection) field("db").get(store)).createStatement()) {
                st.execute(sql);
            } finally {
                lock.unlock();
            }
        } catch (ReflectiveOperationException | SQLException e) {
            throw new IllegalStateException("cannot change the store's connection: " + e, e);
        }
    }

    private static Field field(String name) throws NoSuchFieldException {
        Field f = HistoryStore.class.getDeclaredField(name);
        f.setAccessible(true);
        return f;
    }
}
