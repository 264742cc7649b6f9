package org.statustray.store;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.statustray.platform.IoReasons;
import org.statustray.store.HistoryRenewal.Renewed;

/**
 * The history file's one connection, used under a lock, and what keeps it usable while the app runs: the
 * outermost use first checks that the file is still the one open (someone may have removed or replaced it)
 * and opens the one at the path if not; a file SQLite finds damaged is moved aside as it was and a new one
 * opened; either way the work is done again on the new file, and the renewal told. Writes may be handed to
 * one writer thread; reads wait for those handed over before them.
 */
final class StoreConnection {
    /** Work on the connection. */
    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /** Work on the connection that gives nothing back. */
    interface Action {
        void run(Connection c) throws SQLException;
    }

    /** How long {@link #close} waits for the writes handed over before it. */
    static final Duration DRAIN = Duration.ofSeconds(60);
    /** Damaged files moved aside in one run at most: past that, a disk that damages every new file is trouble. */
    static final int MOST_SET_ASIDE = 3;
    private static final System.Logger LOG = System.getLogger(StoreConnection.class.getName());

    private final ReentrantLock lock = new ReentrantLock();
    private final Path dataDir;
    private final Path file;
    private final Clock clock;
    private final List<List<String>> steps;
    private final WriteQueue writes = new WriteQueue("statustray-history-writer");
    private final List<Renewed> untold = new ArrayList<>(); // guarded by lock: before anyone listened
    private @Nullable Consumer<Renewed> listener; // guarded by lock
    private @Nullable Connection db; // guarded by lock; null while no file could be opened in place of one gone
    private @Nullable Object identity; // guarded by lock: of the file db has open
    private int setAside; // guarded by lock
    private boolean closed; // guarded by lock

    StoreConnection(Path dataDir, Clock clock, List<List<String>> steps, StoreFile.Opened opened) {
        this.dataDir = dataDir;
        this.file = dataDir.resolve(StoreFile.NAME);
        this.clock = clock;
        this.steps = steps;
        this.db = opened.db();
        this.identity = opened.identity();
        if (opened.damagedCopy() != null) {
            setAside++;
            untold.add(new Renewed(opened.damagedCopy(), Objects.requireNonNull(opened.damage())));
        }
    }

    /** Waits for the writes handed over before it (unless called under the lock: a renewal's listener), then reads. */
    <T> T read(String what, Work<T> work) {
        if (!lock.isHeldByCurrentThread()) {
            writes.awaitGiven();
        }
        return locked(what, work);
    }

    /** Reads without waiting for the writes handed over. */
    <T> T readNow(String what, Work<T> work) {
        return locked(what, work);
    }

    /** One transaction, committed before it returns; inside a transaction already, part of it. */
    <T> T write(String what, Work<T> work) {
        return locked(what, c -> {
            if (!c.getAutoCommit()) {
                return work.run(c);
            }
            c.setAutoCommit(false);
            T result;
            try {
                result = work.run(c);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                // SQLite may have rolled back on its own (it does on SQLITE_FULL): then these two find no
                // transaction, and their complaint must not hide the reason the write failed.
                try {
                    c.rollback();
                } catch (SQLException rollback) {
                    e.addSuppressed(rollback);
                }
                try {
                    c.setAutoCommit(true);
                } catch (SQLException reset) {
                    e.addSuppressed(reset);
                }
                throw e;
            }
            c.setAutoCommit(true);
            return result;
        });
    }

    /** Runs {@code job} on the writer thread after every job handed over before it; dropped once closing. */
    void later(Runnable job) {
        if (!writes.give(job)) {
            LOG.log(Level.WARNING, "a history write came after the store closed; it is not kept");
        }
    }

    /** Hears of every renewal from now on, and at once of one that happened before. */
    void onRenewal(Consumer<Renewed> l) {
        lock.lock();
        try {
            listener = l;
            untold.forEach(this::tell);
            untold.clear();
        } finally {
            lock.unlock();
        }
    }

    /** Notices now a file removed or replaced, rather than at the next use. */
    void check() {
        locked("check the history file", c -> Boolean.TRUE);
    }

    /** For tests: runs {@code sql} on the connection as it is. */
    void execute(String sql) throws SQLException {
        lock.lock();
        try (Statement st = Objects.requireNonNull(db).createStatement()) {
            st.execute(sql);
        } finally {
            lock.unlock();
        }
    }

    void close() {
        writes.close(DRAIN);
        lock.lock();
        try {
            if (!closed) {
                closed = true;
                StoreFile.closeQuietly(db);
            }
        } finally {
            lock.unlock();
        }
    }

    private <T> T locked(String what, Work<T> work) {
        lock.lock();
        try {
            if (closed) {
                throw new UncheckedStoreException(new StoreException("cannot " + what + ": the history store is closed"));
            }
            if (lock.getHoldCount() > 1) {
                return run(what, work); // inside a batch or a renewal's listener: as it is
            }
            if (db == null || !Objects.equals(identity, StoreFile.identity(file))) {
                renew(null);
            }
            try {
                return run(what, work);
            } catch (UncheckedStoreException e) {
                SQLException cause = sqlCause(e);
                boolean damaged = cause != null && StoreFile.damaged(cause) && setAside < MOST_SET_ASIDE;
                if (!damaged && (cause == null || !StoreFile.moved(cause))) {
                    throw e;
                }
                renew(damaged ? cause : null);
                return run(what, work);
            }
        } finally {
            lock.unlock();
        }
    }

    private <T> T run(String what, Work<T> work) {
        try {
            return work.run(Objects.requireNonNull(db)); // opened by locked() before any work
        } catch (SQLException e) {
            throw new UncheckedStoreException(new StoreException("cannot " + what + ": " + StoreFile.describe(file, e), e));
        }
    }

    /**
     * Opens a new file in place of the one open: a damaged one ({@code damage} not null) is first moved aside
     * while still open, so that closing it writes nothing more into it. A file removed or replaced is left to
     * whoever did that, whole (checkpointed), and SQLite's files beside the path, which belonged to it and
     * would be replayed into the new one, are removed. Under the lock.
     */
    private void renew(@Nullable SQLException damage) {
        @Nullable Path copy = null;
        String reason = file + (Files.exists(file) ? " was replaced by another file" : " was removed");
        if (damage != null) {
            reason = StoreFile.describe(file, damage);
            try {
                copy = DamagedFile.setAside(file, clock);
            } catch (IOException e) {
                throw new UncheckedStoreException(new StoreException(reason + "; it could not be moved aside: "
                        + IoReasons.of(e), e));
            }
            setAside++;
        }
        if (db != null) {
            if (damage == null) {
                checkpointQuietly(db);
            }
            StoreFile.closeQuietly(db);
            db = null;
            if (damage == null) {
                StoreFile.removeSidecars(file);
            }
        }
        StoreFile.Opened opened;
        try {
            opened = StoreFile.open(dataDir, steps, clock);
        } catch (StoreException e) {
            throw new UncheckedStoreException(e);
        }
        db = opened.db();
        identity = opened.identity();
        if (opened.damagedCopy() != null) { // what was put at the path was damaged too
            setAside++;
            copy = opened.damagedCopy();
            reason = Objects.requireNonNull(opened.damage()); // given with every damaged copy
        }
        // the listener says so where the user looks
        LOG.log(Level.DEBUG, reason + (copy == null ? "" : "; moved aside to " + copy) + "; a new history is started");
        tell(new Renewed(copy, reason));
    }

    private void tell(Renewed what) {
        if (listener == null) {
            untold.add(what);
            return;
        }
        try {
            listener.accept(what);
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "filling the new history file failed", e);
        }
    }

    private static void checkpointQuietly(Connection c) {
        try (Statement st = c.createStatement()) {
            st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        } catch (SQLException e) {
            LOG.log(Level.DEBUG, "no checkpoint into the file that is gone", e);
        }
    }

    static @Nullable SQLException sqlCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException) {
                return (SQLException) t;
            }
        }
        return null;
    }
}
