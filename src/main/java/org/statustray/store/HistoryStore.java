package org.statustray.store;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.statustray.model.Incident;
import org.statustray.model.Maintenance;
import org.statustray.model.Notice;
import org.statustray.model.ProbeResult;
import org.statustray.model.Snapshot;
import org.statustray.model.Status;

/**
 * The local history in one SQLite file, {@code history.db} in the data directory: observed status
 * transitions, incidents and maintenances with all their updates (merged by provider id, so a history
 * page and later polls make one incident), the last snapshot per service, the notifications sent, and the
 * probes of each service's address, summed in buckets that grow with age ({@link ProbeRows}).
 *
 * <p>Thread-safe: one connection, used under a lock ({@link StoreConnection}). Every write is its own
 * transaction, committed before the method returns, unless it is part of a {@link #batch}. Writes may also
 * be handed to the store's one writer thread ({@link #later}); every read but {@link #wasNotified} first
 * waits for the writes handed over before it, so that it sees them. After a successful {@link #open}, a
 * failure of the file (disk full, store closed) is an {@link UncheckedStoreException} with a one-line reason.
 *
 * <p>A file SQLite finds damaged, at open or later, is moved aside as it was and a new one started; a file
 * removed or replaced while open is noticed at the next use and the one at the path opened (a new one when
 * there is none). The {@link HistoryRenewal} listener hears of each, to fill the new file.
 */
public final class HistoryStore implements AutoCloseable {
    /** How often, in the probes' own time, {@link #recordProbe} also merges old probe rows into longer buckets. */
    static final Duration COMPACT_EVERY = Duration.ofMinutes(15);
    private final StoreConnection connection;
    private final Clock clock;
    private final AtomicLong incidentsVersion = new AtomicLong();
    private Instant nextCompaction = Instant.MIN; // guarded by the connection's lock

    private HistoryStore(StoreConnection connection, Clock clock) {
        this.connection = connection;
        this.clock = clock;
    }

    /**
     * Opens (creating if needed: directory 0700, file 0600) and migrates the store in {@code dataDir}; a
     * damaged file there is moved aside and a new one started (told to the first {@link #onRenewal}).
     */
    public static HistoryStore open(Path dataDir) throws StoreException {
        return open(dataDir, Clock.systemUTC(), Migrations.STEPS);
    }

    static HistoryStore open(Path dataDir, Clock clock, List<List<String>> steps) throws StoreException {
        Objects.requireNonNull(dataDir, "dataDir");
        return new HistoryStore(new StoreConnection(dataDir, clock, steps, StoreFile.open(dataDir, steps, clock)), clock);
    }

    /** Where the store of {@code dataDir} lives (it may not exist yet). */
    public static Path file(Path dataDir) {
        return dataDir.resolve(StoreFile.NAME);
    }

    /**
     * Records a change of a service's (or, with a component id, a component's) status; never earlier than
     * the last one recorded for it, so that a wall clock set back cannot put a change before its cause.
     */
    public void recordTransition(String serviceId, @Nullable String componentId, @Nullable Status from, Status to,
            Instant at) {
        Transition t = new Transition(Objects.requireNonNull(serviceId), componentId, from, Objects.requireNonNull(to),
                Objects.requireNonNull(at));
        insert("record a status change", List.of(t));
    }

    /** Records several changes as {@link #recordTransition} does, in one transaction. */
    public void recordTransitions(List<Transition> transitions) {
        insert("record status changes", List.copyOf(transitions));
    }

    /** Transitions of one service ({@code null}: all), oldest first; {@code since} null means all time. */
    public List<Transition> transitions(@Nullable String serviceId, @Nullable Instant since) {
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
        closeUnlisted(serviceId, ids, Set.of(), at);
    }

    /** As above; {@code seen}: those of {@code ids} a read of this run listed open, so open up to {@code at}. */
    public void closeUnlisted(String serviceId, Collection<String> ids, Collection<String> seen, Instant at) {
        if (ids.isEmpty()) {
            return;
        }
        if (write("end incidents no longer listed", c -> IncidentEndRows.closeUnlisted(c,
                Objects.requireNonNull(serviceId), ids, seen, Objects.requireNonNull(at)))) {
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
    public List<StoredIncident> incidents(@Nullable String serviceId, @Nullable Instant since) {
        List<StoredIncident> out = new ArrayList<>();
        for (EventRows.Stored s : read("read incidents", c -> EventRows.read(c, EventRow.Kind.INCIDENT, serviceId, since))) {
            out.add(new StoredIncident(s.serviceId(), s.event().incident(), s.lead()));
        }
        return out;
    }

    /** Like {@link #incidents}, for maintenances: latest start first. */
    public List<StoredMaintenance> maintenances(@Nullable String serviceId, @Nullable Instant since) {
        List<StoredMaintenance> out = new ArrayList<>();
        for (EventRows.Stored s : read("read maintenances", c -> EventRows.read(c, EventRow.Kind.MAINTENANCE, serviceId, since))) {
            out.add(new StoredMaintenance(s.serviceId(), s.event().maintenance()));
        }
        return out;
    }

    /**
     * How far ahead of the status page StatusTray saw the service's incident {@code incidentId} (the page's id):
     * stored with the incident, which must be stored already (in the same {@link #batch}, after
     * {@link #upsertIncidents}, will do). The first lead recorded is kept. Whether it was recorded.
     */
    public boolean recordLead(String serviceId, String incidentId, Duration lead) {
        Objects.requireNonNull(lead, "lead");
        boolean recorded = write("record how far ahead StatusTray was", c -> EventRows.lead(c,
                Objects.requireNonNull(serviceId), Objects.requireNonNull(incidentId), lead));
        if (recorded) {
            incidentsVersion.incrementAndGet();
        }
        return recorded;
    }

    /**
     * Adds one probe of the service's address to its minute's bucket. Every {@link #COMPACT_EVERY} of the
     * probes' own times, in the same transaction, older buckets are merged into longer ones
     * ({@link #compactProbes}), their age counted from this probe's time.
     */
    public void recordProbe(String serviceId, ProbeResult r) {
        Objects.requireNonNull(serviceId, "serviceId");
        Objects.requireNonNull(r, "r");
        update("record a probe", c -> {
            ProbeRows.add(c, serviceId, r);
            Instant now = r.at();
            if (!now.isBefore(nextCompaction)) {
                ProbeRows.compact(c, now);
                nextCompaction = now.plus(COMPACT_EVERY);
            }
        });
    }

    /**
     * The service's probe buckets that overlap {@code [from, to)}, oldest first: a minute each for the last
     * 24 hours, 15 minutes up to 7 days, an hour up to 90 days; empty when it was never probed.
     */
    public List<ProbeBucket> probeSeries(String serviceId, Instant from, Instant to) {
        return read("read the probes", c -> ProbeRows.read(c, Objects.requireNonNull(serviceId),
                Objects.requireNonNull(from), Objects.requireNonNull(to)));
    }

    /**
     * When the run of failed probes kept for the service just before {@code at} began; null when its last
     * kept probe answered, or when none was kept in the quarter hour before (see {@link ProbeRuns}).
     */
    public @Nullable Instant probesFailingSince(String serviceId, Instant at) {
        return ProbeRuns.failingSince(probeSeries(serviceId, at.minus(Duration.ofHours(6)), at), at);
    }

    /** Merges probe rows older than 24 hours and 7 days into 15-minute and hourly buckets; drops those past 90 days. */
    public void compactProbes() {
        compactProbes(clock.instant());
    }

    void compactProbes(Instant now) {
        update("compact the probes", c -> ProbeRows.compact(c, now));
    }

    public void saveSnapshot(String serviceId, Snapshot s) {
        update("save the last status", c -> ServiceRows.saveSnapshot(c, serviceId, s, clock.instant()));
    }

    /** The last snapshot saved; empty when none was, or it was saved by a version this one cannot read. */
    public Optional<Snapshot> lastSnapshot(String serviceId) {
        return read("read the last status", c -> ServiceRows.snapshotJson(c, serviceId)).flatMap(StoreJson::snapshot);
    }

    /**
     * Whether a notification with this key was recorded. Unlike the other reads, it does not wait for the
     * writes handed to {@link #later}: whoever hands a notification over keeps it in mind until then.
     */
    public boolean wasNotified(String key) {
        return connection.readNow("read the notifications sent", c -> NoticeRows.exists(c, key));
    }

    /** Records a notification as sent; false (and nothing changed) when its key was already recorded. */
    public boolean recordNotification(Notice n) {
        Objects.requireNonNull(n.key(), "key");
        Objects.requireNonNull(n.at(), "at");
        return write("record a notification", c -> NoticeRows.insert(c, n));
    }

    /** Notifications sent at or after {@code since} ({@code null}: all), oldest first. */
    public List<Notice> notifications(@Nullable Instant since) {
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
        update("clear the held notifications", c -> NoticeRows.clear(c, NoticeRows.HELD));
    }

    /** When the service's history page was last read into the store, if ever. */
    public Optional<Instant> backfilledAt(String serviceId) {
        return read("read the backfill record", c -> ServiceRows.backfilledAt(c, serviceId));
    }

    public void markBackfilled(String serviceId, int count) {
        update("record a backfill", c -> ServiceRows.markBackfilled(c, serviceId, count, clock.instant()));
    }

    /**
     * Runs every store write {@code writes} makes in one transaction: all of them are kept or, when one
     * fails, none, and its failure is thrown.
     */
    public void batch(Runnable writes) {
        update("save the history", c -> writes.run());
    }

    /**
     * Runs {@code job} (store writes, a {@link #batch} say) on the store's writer thread, after every job
     * handed over before it; its failures are its own to catch. Once the store is closing it is dropped.
     */
    public void later(Runnable job) {
        connection.later(job);
    }

    /** Hears of every replacement of the file by a new one, and at once of one made at open. */
    public void onRenewal(HistoryRenewal listener) {
        connection.onRenewal(what -> listener.renewed(this, what));
    }

    /** Notices now, rather than at the next use, that the file was removed or replaced, and opens the one there. */
    public void checkFile() {
        connection.check();
    }

    /** Waits for the writes handed over (up to a minute), then closes the file. */
    @Override
    public void close() {
        connection.close();
    }

    StoreConnection connection() {
        return connection;
    }

    /** Whether any row changed. */
    private boolean upsert(String serviceId, List<EventRow> rows) {
        Objects.requireNonNull(serviceId, "serviceId");
        if (rows.isEmpty()) {
            return false;
        }
        return write("store incidents", c -> EventRows.upsert(c, serviceId, rows, clock.instant()));
    }

    private void insert(String what, List<Transition> transitions) {
        update(what, c -> TransitionRows.insert(c, transitions));
    }

    private void update(String what, StoreConnection.Action action) {
        write(what, c -> {
            action.run(c);
            return Boolean.TRUE; // nothing to give back
        });
    }

    private <T> T read(String what, StoreConnection.Work<T> work) {
        return connection.read(what, work);
    }

    private <T> T write(String what, StoreConnection.Work<T> work) {
        return connection.write(what, work);
    }
}
