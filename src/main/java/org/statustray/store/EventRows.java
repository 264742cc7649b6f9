package org.statustray.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.statustray.model.Impact;
import org.statustray.model.IncidentUpdate;

/** SQL for incidents and maintenances and their updates. */
final class EventRows {
    /** A stale read (older {@code updated} than what is stored) does not overwrite a newer one. */
    private static final String UPSERT_EVENT = "INSERT INTO events (service_id, kind, event_key, provider_id, title,"
            + " status, impact, started, updated, resolved, ends, url, component_ids, latest, first_seen)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            + " ON CONFLICT (service_id, kind, event_key) DO UPDATE SET provider_id = excluded.provider_id,"
            + " title = excluded.title, status = excluded.status, impact = excluded.impact,"
            + " started = excluded.started, updated = excluded.updated, resolved = excluded.resolved,"
            + " ends = excluded.ends, url = excluded.url, component_ids = excluded.component_ids,"
            + " latest = max(events.latest, excluded.latest)"
            + " WHERE excluded.updated IS NULL OR events.updated IS NULL OR excluded.updated >= events.updated";
    private static final String UPSERT_UPDATE = "INSERT INTO event_updates (service_id, kind, event_key, update_key,"
            + " update_id, status, at, posted_at, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
            + " ON CONFLICT (service_id, kind, event_key, update_key) DO UPDATE SET status = excluded.status,"
            + " at = excluded.at, posted_at = excluded.posted_at, body = excluded.body";
    private static final String MATCHING = " WHERE e.kind = ? AND (? IS NULL OR e.service_id = ?) AND (? IS NULL OR e.latest >= ?)";
    private static final String SELECT_EVENTS = "SELECT e.service_id, e.event_key, e.provider_id, e.title, e.status,"
            + " e.impact, e.started, e.updated, e.resolved, e.ends, e.url, e.component_ids FROM events e" + MATCHING
            + " ORDER BY coalesce(e.started, e.latest) DESC, e.service_id, e.event_key";
    private static final String SELECT_UPDATES = "SELECT u.service_id, u.event_key, u.update_id, u.status, u.at,"
            + " u.posted_at, u.body FROM event_updates u JOIN events e ON e.service_id = u.service_id"
            + " AND e.kind = u.kind AND e.event_key = u.event_key" + MATCHING
            + " ORDER BY coalesce(u.at, u.posted_at), u.seq";

    /** An event read back with the service it belongs to. */
    record Stored(String serviceId, EventRow event) {
    }

    private EventRows() {
    }

    static void upsert(Connection db, String serviceId, EventRow e, Instant now) throws SQLException {
        String key = e.key();
        Instant latest = e.latest();
        try (PreparedStatement st = db.prepareStatement(UPSERT_EVENT)) {
            bind(st, serviceId, e.kind().column(), key, e.providerId(), e.title(), e.status(),
                    e.impact() == null ? null : e.impact().wireName(), StoreTimes.text(e.started()),
                    StoreTimes.text(e.updated()), StoreTimes.text(e.resolved()), StoreTimes.text(e.ends()), e.url(),
                    StoreJson.strings(e.componentIds()), StoreTimes.text(latest == null ? now : latest),
                    StoreTimes.text(now));
            st.executeUpdate();
        }
        try (PreparedStatement st = db.prepareStatement(UPSERT_UPDATE)) {
            for (IncidentUpdate u : e.updates()) {
                bind(st, serviceId, e.kind().column(), key, EventRow.updateKey(u), u.id(), u.status(),
                        StoreTimes.text(u.at()), StoreTimes.text(u.postedAt()), u.body());
                st.addBatch();
            }
            st.executeBatch();
        }
    }

    /** Events of one kind, newest first, each with its updates oldest first. */
    static List<Stored> read(Connection db, EventRow.Kind kind, String serviceId, Instant since) throws SQLException {
        Map<String, List<IncidentUpdate>> updates = new HashMap<>();
        try (PreparedStatement st = db.prepareStatement(SELECT_UPDATES)) {
            bindFilter(st, kind, serviceId, since);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    updates.computeIfAbsent(rs.getString(1) + '\0' + rs.getString(2), k -> new ArrayList<>())
                            .add(new IncidentUpdate(rs.getString(3), rs.getString(4), StoreTimes.instant(rs.getString(5)),
                                    StoreTimes.instant(rs.getString(6)), rs.getString(7)));
                }
            }
        }
        List<Stored> out = new ArrayList<>();
        try (PreparedStatement st = db.prepareStatement(SELECT_EVENTS)) {
            bindFilter(st, kind, serviceId, since);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    String service = rs.getString(1);
                    out.add(new Stored(service, new EventRow(kind, rs.getString(3), rs.getString(4), rs.getString(5),
                            impact(rs.getString(6)), StoreTimes.instant(rs.getString(7)),
                            StoreTimes.instant(rs.getString(8)), StoreTimes.instant(rs.getString(9)),
                            StoreTimes.instant(rs.getString(10)), rs.getString(11), StoreJson.strings(rs.getString(12)),
                            updates.getOrDefault(service + '\0' + rs.getString(2), List.of()))));
                }
            }
        }
        return out;
    }

    private static void bindFilter(PreparedStatement st, EventRow.Kind kind, String serviceId, Instant since)
            throws SQLException {
        bind(st, kind.column(), serviceId, serviceId, StoreTimes.text(since), StoreTimes.text(since));
    }

    static void bind(PreparedStatement st, String... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            st.setString(i + 1, values[i]);
        }
    }

    private static Impact impact(String wire) {
        if (wire == null) {
            return null;
        }
        try {
            return Impact.valueOf(wire.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
