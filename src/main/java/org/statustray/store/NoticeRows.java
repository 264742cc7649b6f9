package org.statustray.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.statustray.model.Notice;

/**
 * SQL for the notifications sent, keyed by {@link Notice#key()}, and for those held during quiet hours
 * ({@link #HELD}: the same columns, rows removed once summed up).
 */
final class NoticeRows {
    static final String SENT = "notifications";
    static final String HELD = "held_notifications";

    private NoticeRows() {
    }

    /** True when the key was new; a key already recorded is left as it was. */
    static boolean insert(Connection db, Notice n) throws SQLException {
        return insert(db, SENT, n);
    }

    static boolean insert(Connection db, String table, Notice n) throws SQLException {
        try (PreparedStatement st = db.prepareStatement("INSERT OR IGNORE INTO " + table + " (key, service_id,"
                + " summary, body, status, urgency, thread, url, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            EventRows.bind(st, n.key(), n.serviceId(), n.summary(), n.body(),
                    n.status() == null ? null : n.status().wireName(), n.urgency() == null ? null : n.urgency().name(),
                    n.thread(), n.url(), StoreTimes.text(n.at()));
            return st.executeUpdate() == 1;
        }
    }

    static boolean exists(Connection db, String key) throws SQLException {
        try (PreparedStatement st = db.prepareStatement("SELECT 1 FROM notifications WHERE key = ?")) {
            st.setString(1, key);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** Oldest first. */
    static List<Notice> since(Connection db, @Nullable Instant since) throws SQLException {
        return since(db, SENT, since);
    }

    static List<Notice> since(Connection db, String table, @Nullable Instant since) throws SQLException {
        List<Notice> out = new ArrayList<>();
        try (PreparedStatement st = db.prepareStatement("SELECT key, service_id, summary, body, status, urgency, thread,"
                + " url, at FROM " + table + " WHERE ? IS NULL OR at >= ? ORDER BY at, rowid")) {
            String s = StoreTimes.text(since);
            EventRows.bind(st, s, s);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(row(rs));
                }
            }
        }
        return out;
    }

    @SuppressWarnings("NullAway") // at is a NOT NULL column; status and urgency are written from every notice
    private static Notice row(ResultSet rs) throws SQLException {
        return new Notice(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                TransitionRows.status(rs.getString(5)), urgency(rs.getString(6)), rs.getString(7), rs.getString(8),
                StoreTimes.instant(rs.getString(9)));
    }

    static void clear(Connection db, String table) throws SQLException {
        try (PreparedStatement st = db.prepareStatement("DELETE FROM " + table)) {
            st.executeUpdate();
        }
    }

    private static Notice.@Nullable Urgency urgency(@Nullable String name) {
        if (name == null) {
            return null;
        }
        try {
            return Notice.Urgency.valueOf(name);
        } catch (IllegalArgumentException e) {
            return Notice.Urgency.NORMAL;
        }
    }
}
