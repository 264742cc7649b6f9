package org.statustray.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The schema, as an ordered list of steps: step n takes a file from {@code PRAGMA user_version} n-1 to n.
 * A released step is never edited; a change is a new step appended at the end.
 */
final class Migrations {
    private static final List<String> V1 = List.of(
            "CREATE TABLE transitions (id INTEGER PRIMARY KEY AUTOINCREMENT, service_id TEXT NOT NULL,"
                    + " component_id TEXT, from_status TEXT, to_status TEXT NOT NULL, at TEXT NOT NULL)",
            "CREATE INDEX transitions_by_service ON transitions (service_id, at)",
            // Incidents and maintenances, keyed by the provider's id (or a stand-in when it gives none).
            "CREATE TABLE events (service_id TEXT NOT NULL, kind TEXT NOT NULL, event_key TEXT NOT NULL,"
                    + " provider_id TEXT, title TEXT, status TEXT, impact TEXT, started TEXT, updated TEXT,"
                    + " resolved TEXT, ends TEXT, url TEXT, component_ids TEXT NOT NULL, latest TEXT NOT NULL,"
                    + " first_seen TEXT NOT NULL, PRIMARY KEY (service_id, kind, event_key))",
            "CREATE INDEX events_by_latest ON events (kind, latest)",
            "CREATE TABLE event_updates (seq INTEGER PRIMARY KEY AUTOINCREMENT, service_id TEXT NOT NULL,"
                    + " kind TEXT NOT NULL, event_key TEXT NOT NULL, update_key TEXT NOT NULL, update_id TEXT,"
                    + " status TEXT, at TEXT, posted_at TEXT, body TEXT,"
                    + " UNIQUE (service_id, kind, event_key, update_key))",
            "CREATE TABLE snapshots (service_id TEXT PRIMARY KEY, saved_at TEXT NOT NULL, json TEXT NOT NULL)",
            "CREATE TABLE notifications (key TEXT PRIMARY KEY, service_id TEXT, summary TEXT, body TEXT,"
                    + " status TEXT, urgency TEXT, thread TEXT, url TEXT, at TEXT NOT NULL)",
            "CREATE INDEX notifications_by_at ON notifications (at)",
            "CREATE TABLE backfills (service_id TEXT PRIMARY KEY, at TEXT NOT NULL, count INTEGER NOT NULL)");

    /**
     * What the writes and reads look up: the last change of one component (each insert of a transition asks
     * for it; without this it scanned every change of the service, so a page's 100,000 first-seen components
     * took minutes), and incidents in the order they are listed, so a whole history streams without a sort.
     * Indexes only, each made if missing: the step stands on its own wherever it comes in the list.
     */
    private static final List<String> INDEXES = List.of(
            "CREATE INDEX IF NOT EXISTS transitions_by_component ON transitions (service_id, component_id, at)",
            "CREATE INDEX IF NOT EXISTS events_by_start ON events"
                    + " (kind, coalesce(started, latest) DESC, service_id, event_key)");

    /** Notifications held during quiet hours, kept so that quitting before they end loses none. */
    private static final List<String> HELD = List.of(
            "CREATE TABLE held_notifications (key TEXT PRIMARY KEY, service_id TEXT, summary TEXT, body TEXT,"
                    + " status TEXT, urgency TEXT, thread TEXT, url TEXT, at TEXT NOT NULL)");

    /**
     * Probe results, summed per service and time bucket rather than kept one row a probe ({@link ProbeRows}
     * says how buckets grow with age); times are epoch seconds, which keep the rows small. And how far ahead
     * of the status page StatusTray saw an incident.
     */
    private static final List<String> PROBES = List.of(
            "CREATE TABLE probes (service_id TEXT NOT NULL, start INTEGER NOT NULL, span INTEGER NOT NULL,"
                    + " ok INTEGER NOT NULL, failed INTEGER NOT NULL, first_byte_n INTEGER NOT NULL,"
                    + " first_byte_min INTEGER, first_byte_sum INTEGER NOT NULL, first_byte_max INTEGER,"
                    + " total_min INTEGER NOT NULL, total_sum INTEGER NOT NULL, total_max INTEGER NOT NULL,"
                    + " failure_at INTEGER, failure TEXT, PRIMARY KEY (service_id, start)) WITHOUT ROWID",
            "ALTER TABLE events ADD COLUMN lead_seconds INTEGER");

    static final List<List<String>> STEPS = List.of(V1, INDEXES, HELD, PROBES);

    private Migrations() {
    }

    /**
     * Brings the file up to {@code steps.size()}, all pending steps in one transaction that takes the
     * write lock first, so two processes opening the same file do not both migrate it. Taking that lock
     * is also what tells a read-only file apart at open.
     */
    static void migrate(Connection db, List<List<String>> steps) throws SQLException, StoreException {
        try (Statement st = db.createStatement()) {
            st.execute("BEGIN IMMEDIATE");
            try {
                int version = userVersion(st);
                if (version > steps.size()) {
                    throw newer(version, steps.size());
                }
                for (int v = version; v < steps.size(); v++) {
                    for (String sql : steps.get(v)) {
                        st.execute(sql);
                    }
                }
                st.execute("PRAGMA user_version = " + steps.size());
                st.execute("COMMIT");
            } catch (SQLException | StoreException | RuntimeException e) {
                try {
                    st.execute("ROLLBACK");
                } catch (SQLException rollback) {
                    e.addSuppressed(rollback);
                }
                throw e;
            }
        }
    }

    static StoreException newer(int version, int known) {
        return new StoreException("history.db was written by a newer StatusTray (schema " + version
                + ", this version knows up to " + known + ")");
    }

    static int userVersion(Statement st) throws SQLException {
        try (ResultSet rs = st.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }
}
