package org.statustray.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.statustray.model.Snapshot;

/** SQL for what is kept once per service: the last snapshot and when its history was backfilled. */
final class ServiceRows {
    private ServiceRows() {
    }

    static void saveSnapshot(Connection db, String serviceId, Snapshot s, Instant now) throws SQLException {
        try (PreparedStatement st = db.prepareStatement("INSERT INTO snapshots (service_id, saved_at, json)"
                + " VALUES (?, ?, ?) ON CONFLICT (service_id) DO UPDATE SET saved_at = excluded.saved_at,"
                + " json = excluded.json")) {
            EventRows.bind(st, serviceId, StoreTimes.text(now), StoreJson.snapshot(s));
            st.executeUpdate();
        }
    }

    static Optional<String> snapshotJson(Connection db, String serviceId) throws SQLException {
        try (PreparedStatement st = db.prepareStatement("SELECT json FROM snapshots WHERE service_id = ?")) {
            st.setString(1, serviceId);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    static void markBackfilled(Connection db, String serviceId, int count, Instant now) throws SQLException {
        try (PreparedStatement st = db.prepareStatement("INSERT INTO backfills (service_id, at, count) VALUES (?, ?, ?)"
                + " ON CONFLICT (service_id) DO UPDATE SET at = excluded.at, count = excluded.count")) {
            st.setString(1, serviceId);
            st.setString(2, StoreTimes.text(now));
            st.setInt(3, count);
            st.executeUpdate();
        }
    }

    static Optional<Instant> backfilledAt(Connection db, String serviceId) throws SQLException {
        try (PreparedStatement st = db.prepareStatement("SELECT at FROM backfills WHERE service_id = ?")) {
            st.setString(1, serviceId);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.of(Objects.requireNonNull(StoreTimes.instant(rs.getString(1))))
                        : Optional.empty();
            }
        }
    }
}
