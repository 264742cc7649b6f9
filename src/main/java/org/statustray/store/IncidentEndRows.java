package org.statustray.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * SQL for incidents that ended without the page saying how: the store's open incidents of a service, and
 * closing those the page no longer lists, at the first poll that did not list them.
 */
final class IncidentEndRows {
    /** The phase an incident closed this way is given; its end is when StatusTray first saw it gone. */
    static final String UNLISTED = "no longer listed";
    static final String UNLISTED_BODY = "No longer listed on the status page; StatusTray marked it ended at the"
            + " first check that did not list it.";
    /** The id of that update for an incident StatusTray itself saw listed open until then (not only backfilled). */
    static final String SEEN_ID = "statustray:seen-listed";
    static final String SEEN_BODY = "No longer listed on the status page, which listed it open until then; StatusTray"
            + " marked it ended at the first check that did not list it.";
    private static final String OPEN = "SELECT event_key FROM events WHERE service_id = ? AND kind = 'incident'"
            + " AND resolved IS NULL AND coalesce(status, '') NOT IN ('resolved', 'postmortem', 'completed')";
    private static final String CLOSE = "UPDATE events SET status = ?, resolved = ?, latest = max(latest, ?)"
            + " WHERE service_id = ? AND kind = 'incident' AND event_key = ? AND resolved IS NULL";
    private static final String SAY_SO = "INSERT OR IGNORE INTO event_updates (service_id, kind, event_key, update_key,"
            + " update_id, status, at, posted_at, body) VALUES (?, 'incident', ?, 'statustray:unlisted', ?, ?, ?, ?, ?)";

    private IncidentEndRows() {
    }

    static Set<String> open(Connection db, String serviceId) throws SQLException {
        Set<String> keys = new LinkedHashSet<>();
        try (PreparedStatement st = db.prepareStatement(OPEN)) {
            st.setString(1, serviceId);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    keys.add(rs.getString(1));
                }
            }
        }
        return keys;
    }

    /**
     * Closes each open incident of {@code keys} as no longer listed at {@code at}; {@code seen}: those a read of
     * this run listed open (the update says so, and the incident counts as open up to {@code at}). Whether any
     * was open.
     */
    static boolean closeUnlisted(Connection db, String serviceId, Collection<String> keys, Collection<String> seen,
            Instant at) throws SQLException {
        String when = StoreTimes.text(at);
        boolean changed = false;
        try (PreparedStatement close = db.prepareStatement(CLOSE); PreparedStatement say = db.prepareStatement(SAY_SO)) {
            for (String key : keys) {
                EventRows.bind(close, UNLISTED, when, when, serviceId, key);
                if (close.executeUpdate() > 0) {
                    boolean listed = seen.contains(key);
                    EventRows.bind(say, serviceId, key, listed ? SEEN_ID : null, UNLISTED, when, when,
                            listed ? SEEN_BODY : UNLISTED_BODY);
                    say.executeUpdate();
                    changed = true;
                }
            }
        }
        return changed;
    }
}
