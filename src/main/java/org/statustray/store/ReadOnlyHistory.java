package org.statustray.store;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.sqlite.SQLiteConfig;
import org.statustray.model.IncidentUpdate;
import org.statustray.model.Snapshot;

/**
 * {@code history.db} opened only to read, as {@code statustray history} does while the app may be writing
 * it: no migration and no write lock (SQLite's WAL lets a reader in beside a writer), and incidents handed
 * over one at a time as they are read, so that a history of any size is printed in little memory. A file
 * of an older schema is read as it is; one of a newer schema is refused.
 */
public final class ReadOnlyHistory implements AutoCloseable {
    private static final String KIND = EventRow.Kind.INCIDENT.column();
    private static final String COUNT_UPDATES = "(SELECT count(*) FROM event_updates u WHERE u.service_id = e.service_id"
            + " AND u.kind = e.kind AND u.event_key = e.event_key)";
    private static final String UPDATES_OF_ONE = EventRows.UPDATE_ROW
            + " WHERE u.service_id = ? AND u.kind = ? AND u.event_key = ? ORDER BY u.seq";

    private final Connection db;
    private final Path file;
    /** False for a file no StatusTray has written into yet (empty, or never migrated). */
    private final boolean hasEvents;
    /** False for a file from before leads were kept (schema 3 or older). */
    private final boolean hasLeads;

    /** Takes an incident as it is read: with its updates, or (when they were not asked for) their count only. */
    public interface IncidentSink {
        void accept(StoredIncident incident, int updates) throws IOException;
    }

    private ReadOnlyHistory(Connection db, Path file, boolean hasEvents, boolean hasLeads) {
        this.db = db;
        this.file = file;
        this.hasEvents = hasEvents;
        this.hasLeads = hasLeads;
    }

    /** Opens the store of {@code dataDir}, which must exist. */
    public static ReadOnlyHistory open(Path dataDir) throws StoreException {
        Path file = HistoryStore.file(dataDir);
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(5000);
        Connection db = null;
        try {
            db = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
            boolean hasEvents;
            boolean hasLeads;
            try (Statement st = db.createStatement()) {
                int version = Migrations.userVersion(st);
                if (version > Migrations.STEPS.size()) {
                    throw Migrations.newer(version, Migrations.STEPS.size());
                }
                try (ResultSet rs = st.executeQuery("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'events'")) {
                    hasEvents = rs.next();
                }
                try (ResultSet rs = st.executeQuery("SELECT 1 FROM pragma_table_info('events') WHERE name = 'lead_seconds'")) {
                    hasLeads = rs.next();
                }
            }
            db.setAutoCommit(false); // one read transaction: every query sees the file as it was at the first
            return new ReadOnlyHistory(db, file, hasEvents, hasLeads);
        } catch (SQLException e) {
            StoreFile.closeQuietly(db);
            throw new StoreException(StoreFile.describe(file, e), e);
        } catch (StoreException | RuntimeException e) {
            StoreFile.closeQuietly(db);
            throw e;
        }
    }

    /** The services the matching incidents belong to, each once. */
    public List<String> incidentServices(@Nullable String serviceId, @Nullable Instant since) {
        List<String> ids = new ArrayList<>();
        if (!hasEvents) {
            return ids;
        }
        try (PreparedStatement st = db.prepareStatement("SELECT DISTINCT e.service_id FROM events e" + EventRows.MATCHING)) {
            EventRows.bindFilter(st, EventRow.Kind.INCIDENT, serviceId, since);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        } catch (SQLException e) {
            throw failed(e);
        }
        return ids;
    }

    /**
     * Hands each incident of one service ({@code null}: all) with anything at or after {@code since}
     * ({@code null}: all time) to {@code sink}, newest first, in the order and shape
     * {@link HistoryStore#incidents} gives them; their updates only when {@code withUpdates}.
     */
    public void eachIncident(@Nullable String serviceId, @Nullable Instant since, boolean withUpdates, IncidentSink sink)
            throws IOException {
        if (!hasEvents) {
            return;
        }
        String sql = "SELECT " + EventRows.EVENT_COLUMNS + ", " + (withUpdates ? "0" : COUNT_UPDATES) + ", "
                + (hasLeads ? "e.lead_seconds" : "NULL") + " FROM events e" + EventRows.MATCHING + EventRows.ORDER;
        Map<String, String> words = new HashMap<>(); // phases and ids, one copy each
        try (PreparedStatement events = db.prepareStatement(sql);
                PreparedStatement updates = db.prepareStatement(UPDATES_OF_ONE)) {
            EventRows.bindFilter(events, EventRow.Kind.INCIDENT, serviceId, since);
            try (ResultSet rs = events.executeQuery()) {
                while (rs.next()) {
                    String[] e = JsonRow.fields(rs.getString(1), 12);
                    List<IncidentUpdate> listed = withUpdates ? updates(updates, e, words) : List.of();
                    EventRow event = EventRows.event(EventRow.Kind.INCIDENT, e, listed, words);
                    sink.accept(new StoredIncident(e[0], event.incident(), EventRows.lead(rs, 3)),
                            withUpdates ? listed.size() : rs.getInt(2));
                }
            }
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /** Every service the history holds anything of (status changes, incidents, a last read), sorted. */
    public List<String> knownServices() {
        if (!hasEvents) {
            return List.of();
        }
        return query(() -> {
            List<String> ids = new ArrayList<>();
            try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("SELECT service_id FROM transitions"
                    + " UNION SELECT service_id FROM events WHERE kind = '" + KIND + "'"
                    + " UNION SELECT service_id FROM snapshots ORDER BY 1")) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
            return ids;
        });
    }

    /** What the service's page said when last read and kept, if it was (its format among it). */
    public Optional<Snapshot> lastSnapshot(String serviceId) {
        return overlapReads().lastSnapshot(serviceId);
    }

    /** The reads {@link OverlapSpans} needs; an empty (never migrated) file holds nothing. */
    OverlapSpans.Reads overlapReads() {
        return new OverlapSpans.Reads() {
            @Override
            public List<StoredIncident> incidents(String serviceId, Instant since) {
                List<StoredIncident> out = new ArrayList<>();
                try {
                    eachIncident(serviceId, since, true, (incident, updates) -> out.add(incident));
                } catch (IOException e) {
                    throw new IllegalStateException(e); // the sink above does not throw
                }
                return out;
            }

            @Override
            public List<Transition> transitions(String serviceId, Instant since) {
                return hasEvents ? query(() -> TransitionRows.read(db, serviceId, since)) : List.of();
            }

            @Override
            public List<Transition> transitionsBefore(String serviceId, Instant at) {
                return hasEvents ? query(() -> TransitionRows.latestBefore(db, serviceId, at)) : List.of();
            }

            @Override
            public Optional<Snapshot> lastSnapshot(String serviceId) {
                return hasEvents ? query(() -> ServiceRows.snapshotJson(db, serviceId)).flatMap(StoreJson::snapshot)
                        : Optional.empty();
            }

            @Override
            public boolean backfilled(String serviceId) {
                return hasEvents && query(() -> ServiceRows.backfilledAt(db, serviceId)).isPresent();
            }
        };
    }

    private interface Query<T> {
        T run() throws SQLException;
    }

    private <T> T query(Query<T> q) {
        try {
            return q.run();
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public void close() {
        StoreFile.closeQuietly(db);
    }

    private static List<IncidentUpdate> updates(PreparedStatement st, String[] e,
            Map<String, String> words) throws SQLException {
        List<IncidentUpdate> out = new ArrayList<>(8);
        EventRows.bind(st, e[0], KIND, e[1]);
        try (ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                out.add(EventRows.update(JsonRow.fields(rs.getString(1), 7), words));
            }
        }
        return out;
    }

    private UncheckedStoreException failed(SQLException e) {
        return new UncheckedStoreException(new StoreException("cannot read incidents: " + StoreFile.describe(file, e), e));
    }
}
