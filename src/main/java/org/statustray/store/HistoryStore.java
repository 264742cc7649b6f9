package org.statustray.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import org.statustray.model.Incident;
import org.statustray.model.Maintenance;
import org.statustray.model.Notice;
import org.statustray.model.Snapshot;
import org.statustray.model.Status;

/**
 * The local history in one SQLite file, {@code history.db} in the data directory: observed status
 * transitions, incidents and maintenances with all their updates (merged by provider id, so a history
 * page and later polls make one incident), the last snapshot per service, and the notifications sent.
 *
 * <p>Thread-safe: one connection, used under a lock. Every write is its own transaction, committed before
 * the method returns. After a successful {@link #open}, a failure of the file (disk full, store closed)
 * is an {@link UncheckedStoreException} with a one-line reason.
 */
public final class HistoryStore implements AutoCloseable {
    private final ReentrantLock lock = new ReentrantLock();
    private final Connection db;
    private final Path file;
    private final Clock clock;
    private final AtomicLong incidentsVersion = new AtomicLong();
    private boolean closed;

    private HistoryStore(Connection db, Path file, Clock clock) {
        this.db = db;
        this.file = file;
        this.clock = clock;
    }

    /** Opens (creating if needed: directory 0700, file 0600) and migrates the store in {@code dataDir}. */
    public static HistoryStore open(Path dataDir) throws StoreException {
        return open(dataDir, Clock.systemUTC(), Migrations.STEPS);
    }

    static HistoryStore open(Path dataDir, Clock clock, List<List<String>> steps) throws StoreException {
        Objects.requireNonNull(dataDir, "dataDir");
        return new HistoryStore(StoreFile.open(dataDir, steps), file(dataDir), clock);
    }

    /** Where the store of {@code dataDir} lives (it may not exist yet). */
    public static Path file(Path dataDir) {
        return dataDir.resolve(StoreFile.NAME);
    }

    /**
     * Records a change of a service's (or, with a component id, a component's) status; never earlier than
     * the last one recorded for it, so that a wall clock set back cannot put a change before its cause.
     */
    public void recordTransition(String serviceId, String componentId, Status from, Status to, Instant at) {
        Transition t = new Transition(Objects.requireNonNull(serviceId), componentId, from, Objects.requireNonNull(to),
                Objects.requireNonNull(at));
        write("record a status change", c -> {
            TransitionRows.insert(c, t);
            return null;
        });
    }

    /** Transitions of one service ({@code null}: all), oldest first; {@code since} null means all time. */
    public List<Transition> transitions(String serviceId, Instant since) {
        return read("read status changes", c -> TransitionRows.read(c, serviceId, since));
    }

    /**
     * The status each component of a service (and the service itself, component id null) had just before
     * {@code at}: its last transition before then, where there is one.
     */
    public List<Transition> transitionsBefore(String serviceId, Instant at) {
        return read("read status changes", c -> TransitionRows.latestBefore(c, Objects.requireNonNull(serviceId),
                Objects.requireNonNull(at)));
    }

    /**
     * Inserts or updates incidents by (service, provider id): title, status, impact, times and URL are
     * replaced unless the stored copy was updated later; updates are merged by id (or, without one, by
     * time, status and text), so nothing is listed twice.
     */
    public void upsertIncidents(String serviceId, List<Incident> incidents) {
        List<EventRow> rows = new ArrayList<>();
        incidents.forEach(i -> rows.add(EventRow.of(i)));
        if (upsert(serviceId, rows)) {
            incidentsVersion.incrementAndGet();
        }
    }

    /**
     * A number that changes (in this process) whenever a write changed a stored incident or added one, and
     * only then: a poll that reads the same incidents again leaves it as it was. Cheap; any thread.
     */
    public long incidentsVersion() {
        return incidentsVersion.get();
    }

    /** The provider ids of the service's stored incidents that are not resolved. */
    public Set<String> openIncidents(String serviceId) {
        return read("read the open incidents", c -> IncidentEndRows.open(c, Objects.requireNonNull(serviceId)));
    }

    /**
     * Ends the service's open incidents with these ids as "no longer listed" at {@code at} (the first poll
     * that did not list them), saying so in an update of their own; ids not open are left as they are.
     */
    public void closeUnlisted(String serviceId, Collection<String> ids, Instant at) {
        if (ids.isEmpty()) {
            return;
        }
        if (write("end incidents no longer listed", c -> IncidentEndRows.closeUnlisted(c,
                Objects.requireNonNull(serviceId), ids, Objects.requireNonNull(at)))) {
            incidentsVersion.incrementAndGet();
        }
    }

    /** Like {@link #upsertIncidents}, for maintenances. */
    public void upsertMaintenances(String serviceId, List<Maintenance> maintenances) {
        List<EventRow> rows = new ArrayList<>();
        maintenances.forEach(m -> rows.add(EventRow.of(m)));
        upsert(serviceId, rows);
    }

    /**
     * Incidents of one service ({@code null}: all) with anything (start, update, end) at or after
     * {@code since} ({@code null}: all time); newest first, each with its updates oldest first.
     */
    public List<StoredIncident> incidents(String serviceId, Instant since) {
        List<StoredIncident> out = new ArrayList<>();
        for (EventRows.Stored s : read("read incidents", c -> EventRows.read(c, EventRow.Kind.INCIDENT, serviceId, since))) {
            out.add(new StoredIncident(s.serviceId(), s.event().incident()));
        }
        return out;
    }

    /** Like {@link #incidents}, for maintenances: latest start first. */
    public List<StoredMaintenance> maintenances(String serviceId, Instant since) {
        List<StoredMaintenance> out = new ArrayList<>();
        for (EventRows.Stored s : read("read maintenances", c -> EventRows.read(c, EventRow.Kind.MAINTENANCE, serviceId, since))) {
            out.add(new StoredMaintenance(s.serviceId(), s.event().maintenance()));
        }
        return out;
    }

    public void saveSnapshot(String serviceId, Snapshot s) {
        write("save the last status", c -> {
            ServiceRows.saveSnapshot(c, serviceId, s, clock.instant());
            return null;
        });
    }

    /** The last snapshot saved; empty when none was, or it was saved by a version this one cannot read. */
    public Optional<Snapshot> lastSnapshot(String serviceId) {
        return read("read the last status", c -> ServiceRows.snapshotJson(c, serviceId)).flatMap(StoreJson::snapshot);
    }

    public boolean wasNotified(String key) {
        return read("read the notifications sent", c -> NoticeRows.exists(c, key));
    }

    /** Records a notification as sent; false (and nothing changed) when its key was already recorded. */
    public boolean recordNotification(Notice n) {
        Objects.requireNonNull(n.key(), "key");
        Objects.requireNonNull(n.at(), "at");
        return write("record a notification", c -> NoticeRows.insert(c, n));
    }

    /** Notifications sent at or after {@code since} ({@code null}: all), oldest first. */
    public List<Notice> notifications(Instant since) {
        return read("read the notifications sent", c -> NoticeRows.since(c, since));
    }

    /** Keeps a notification held during quiet hours until {@link #clearHeld}. */
    public void holdNotification(Notice n) {
        Objects.requireNonNull(n.key(), "key");
        Objects.requireNonNull(n.at(), "at");
        write("keep a held notification", c -> NoticeRows.insert(c, NoticeRows.HELD, n));
    }

    /** The notifications held during quiet hours and not yet summed up, oldest first. */
    public List<Notice> heldNotifications() {
        return read("read the held notifications", c -> NoticeRows.since(c, NoticeRows.HELD, null));
    }

    public void clearHeld() {
        write("clear the held notifications", c -> {
            NoticeRows.clear(c, NoticeRows.HELD);
            return null;
        });
    }

    /** When the service's history page was last read into the store, if ever. */
    public Optional<Instant> backfilledAt(String serviceId) {
        return read("read the backfill record", c -> ServiceRows.backfilledAt(c, serviceId));
    }

    public void markBackfilled(String serviceId, int count) {
        write("record a backfill", c -> {
            ServiceRows.markBackfilled(c, serviceId, count, clock.instant());
            return null;
        });
    }

    @Override
    public void close() {
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

    /** Whether any row changed. */
    private boolean upsert(String serviceId, List<EventRow> rows) {
        Objects.requireNonNull(serviceId, "serviceId");
        if (rows.isEmpty()) {
            return false;
        }
        return write("store incidents", c -> EventRows.upsert(c, serviceId, rows, clock.instant()));
    }

    private interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private <T> T read(String what, Work<T> work) {
        return locked(what, work);
    }

    private <T> T write(String what, Work<T> work) {
        return locked(what, c -> {
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

    private <T> T locked(String what, Work<T> work) {
        lock.lock();
        try {
            if (closed) {
                throw new UncheckedStoreException(new StoreException("cannot " + what + ": the history store is closed"));
            }
            return work.run(db);
        } catch (SQLException e) {
            throw new UncheckedStoreException(new StoreException("cannot " + what + ": " + StoreFile.describe(file, e), e));
        } finally {
            lock.unlock();
        }
    }
}
