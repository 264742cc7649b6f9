package org.statustray.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.statustray.model.Impact;
import org.statustray.model.IncidentUpdate;

/** SQL for incidents and maintenances and their updates. */
final class EventRows {
    /**
     * A stale read (older {@code updated} than what is stored) does not overwrite a newer one, and a read
     * that changes nothing writes nothing (most polls), so that the rows written tell what changed.
     */
    private static final String UPSERT_EVENT = "INSERT INTO events (service_id, kind, event_key, provider_id, title,"
            + " status, impact, started, updated, resolved, ends, url, component_ids, latest, first_seen)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            + " ON CONFLICT (service_id, kind, event_key) DO UPDATE SET provider_id = excluded.provider_id,"
            + " title = excluded.title, status = excluded.status, impact = excluded.impact,"
            + " started = excluded.started, updated = excluded.updated, resolved = excluded.resolved,"
            + " ends = excluded.ends, url = excluded.url, component_ids = excluded.component_ids,"
            + " latest = max(events.latest, excluded.latest)"
            + " WHERE (excluded.updated IS NULL OR events.updated IS NULL OR excluded.updated >= events.updated)"
            + " AND (events.provider_id IS NOT excluded.provider_id OR events.title IS NOT excluded.title"
            + " OR events.status IS NOT excluded.status OR events.impact IS NOT excluded.impact"
            + " OR events.started IS NOT excluded.started OR events.updated IS NOT excluded.updated"
            + " OR events.resolved IS NOT excluded.resolved OR events.ends IS NOT excluded.ends"
            + " OR events.url IS NOT excluded.url OR events.component_ids IS NOT excluded.component_ids";
    /** A later time of an event that gives them is news (a new update); {@link #SEEN_AGAIN} is not. */
    private static final String UPSERT_TIMED_EVENT = UPSERT_EVENT + " OR excluded.latest > events.latest)";
    private static final String UPSERT_TIMELESS_EVENT = UPSERT_EVENT + ")";
    /** An event that gives no time at all counts as active when last seen, as ever; that changes nothing shown. */
    private static final String SEEN_AGAIN = "UPDATE events SET latest = ? WHERE service_id = ? AND kind = ?"
            + " AND event_key = ? AND latest < ?";
    private static final String UPSERT_UPDATE = "INSERT INTO event_updates (service_id, kind, event_key, update_key,"
            + " update_id, status, at, posted_at, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
            + " ON CONFLICT (service_id, kind, event_key, update_key) DO UPDATE SET status = excluded.status,"
            + " at = excluded.at, posted_at = excluded.posted_at, body = excluded.body"
            + " WHERE event_updates.status IS NOT excluded.status OR event_updates.at IS NOT excluded.at"
            + " OR event_updates.posted_at IS NOT excluded.posted_at OR event_updates.body IS NOT excluded.body";
    /** Events of one kind, of one service or all ({@code ?} null), with anything since a time or all time. */
    static final String MATCHING = " WHERE e.kind = ? AND (? IS NULL OR e.service_id = ?) AND (? IS NULL OR e.latest >= ?)";
    /** Newest first, as the index {@code events_by_start} has them. */
    static final String ORDER = " ORDER BY coalesce(e.started, e.latest) DESC, e.service_id, e.event_key";
    /** Each row as one {@link JsonRow}: one JDBC call a row, not one a column. */
    static final String EVENT_COLUMNS = "json_array(e.service_id, e.event_key, e.provider_id, e.title,"
            + " e.status, e.impact, e.started, e.updated, e.resolved, e.ends, e.url, e.component_ids)";
    private static final String SELECT_EVENTS = "SELECT " + EVENT_COLUMNS + ", e.lead_seconds FROM events e" + MATCHING
            + ORDER;
    static final String UPDATE_ROW = "SELECT json_array(u.service_id, u.event_key, u.update_id, u.status, u.at,"
            + " u.posted_at, u.body) FROM event_updates u";
    /** Every update of the kind (and service): one scan in the order written, no join (most of a full read). */
    private static final String SELECT_UPDATES = UPDATE_ROW + " WHERE u.kind = ? AND (? IS NULL OR u.service_id = ?)"
            + " ORDER BY u.seq";
    /** The updates of the events active since a time only: few, found through the events' index. */
    private static final String SELECT_UPDATES_SINCE = UPDATE_ROW + " JOIN events e ON e.service_id = u.service_id"
            + " AND e.kind = u.kind AND e.event_key = u.event_key" + MATCHING + " ORDER BY u.seq";

    /** An event read back with the service it belongs to, and how far ahead StatusTray saw it. */
    record Stored(String serviceId, EventRow event, @Nullable Duration lead) {
    }

    private EventRows() {
    }

    /** Inserts or updates the events and their updates (one statement of each kind); whether any row changed. */
    static boolean upsert(Connection db, String serviceId, List<EventRow> events, Instant now) throws SQLException {
        String nowText = StoreTimes.text(now);
        boolean changed = false;
        try (PreparedStatement timed = db.prepareStatement(UPSERT_TIMED_EVENT);
             PreparedStatement timeless = db.prepareStatement(UPSERT_TIMELESS_EVENT);
             PreparedStatement seenAgain = db.prepareStatement(SEEN_AGAIN);
             PreparedStatement updates = db.prepareStatement(UPSERT_UPDATE)) {
            for (EventRow e : events) {
                String key = e.key();
                Instant latest = e.latest();
                PreparedStatement st = latest == null ? timeless : timed;
                bind(st, serviceId, e.kind().column(), key, e.providerId(), e.title(), e.status(),
                        e.impact() == null ? null : e.impact().wireName(), StoreTimes.text(e.started()),
                        StoreTimes.text(e.updated()), StoreTimes.text(e.resolved()), StoreTimes.text(e.ends()), e.url(),
                        StoreJson.strings(e.componentIds()), latest == null ? nowText : StoreTimes.text(latest), nowText);
                changed |= st.executeUpdate() > 0;
                if (latest == null) {
                    bind(seenAgain, nowText, serviceId, e.kind().column(), key, nowText);
                    seenAgain.executeUpdate();
                }
                for (IncidentUpdate u : e.updates()) {
                    bind(updates, serviceId, e.kind().column(), key, EventRow.updateKey(u), u.id(), u.status(),
                            StoreTimes.text(u.at()), StoreTimes.text(u.postedAt()), u.body());
                    updates.addBatch();
                }
            }
            for (int rows : updates.executeBatch()) {
                changed |= rows != 0; // SUCCESS_NO_INFO (-2) included: it may have changed
            }
        }
        return changed;
    }

    /** Events of one kind, newest first, each with its updates oldest first. */
    static List<Stored> read(Connection db, EventRow.Kind kind, @Nullable String serviceId, @Nullable Instant since)
            throws SQLException {
        Map<String, String> words = new HashMap<>();
        Map<String, List<IncidentUpdate>> updates = updates(db, kind, serviceId, since, words);
        List<Stored> out = new ArrayList<>();
        try (PreparedStatement st = db.prepareStatement(SELECT_EVENTS)) {
            bindFilter(st, kind, serviceId, since);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    String[] e = JsonRow.fields(rs.getString(1), 12);
                    List<IncidentUpdate> listed = updates.get(e[0] + '\0' + e[1]);
                    out.add(new Stored(Objects.requireNonNull(shared(words, e[0])),
                            event(kind, e, listed == null ? List.of() : listed, words), lead(rs, 2)));
                }
            }
        }
        return out;
    }

    /** Keeps the first lead recorded for the incident; whether this one was. */
    static boolean lead(Connection db, String serviceId, String incidentId, Duration lead) throws SQLException {
        try (PreparedStatement st = db.prepareStatement("UPDATE events SET lead_seconds = ? WHERE service_id = ?"
                + " AND kind = ? AND provider_id = ? AND lead_seconds IS NULL")) {
            st.setLong(1, lead.toSeconds());
            st.setString(2, serviceId);
            st.setString(3, EventRow.Kind.INCIDENT.column());
            st.setString(4, incidentId);
            return st.executeUpdate() > 0;
        }
    }

    /** The {@code lead_seconds} in column {@code i}: null when none was recorded. */
    static @Nullable Duration lead(ResultSet rs, int i) throws SQLException {
        long seconds = rs.getLong(i);
        return rs.wasNull() ? null : Duration.ofSeconds(seconds);
    }

    /** A row of {@link #EVENT_COLUMNS} as an event, with its updates (sorted here). */
    @SuppressWarnings("NullAway") // provider_id, title and status are written from an event's, which are never null
    static EventRow event(EventRow.Kind kind, String[] e, List<IncidentUpdate> updates, Map<String, String> words) {
        if (updates.size() > 1) {
            updates.sort(EventRows::byTime); // stable: the order written where two share a time
        }
        return new EventRow(kind, e[2], e[3], shared(words, e[4]), impact(e[5]), StoreTimes.instant(e[6]),
                StoreTimes.instant(e[7]), StoreTimes.instant(e[8]), StoreTimes.instant(e[9]), e[10],
                StoreJson.strings(e[11]), updates);
    }

    /** A row of {@link #UPDATE_ROW} as an update. */
    static IncidentUpdate update(String[] u, Map<String, String> words) {
        Instant at = StoreTimes.instant(u[4]);
        // Most updates were posted when they say they happened: one time read once.
        Instant posted = u[5] != null && u[5].equals(u[4]) ? at : StoreTimes.instant(u[5]);
        return new IncidentUpdate(u[2], shared(words, u[3]), at, posted, u[6]);
    }

    /** One copy of a word that thousands of rows repeat (a service id, a phase), not one each. */
    private static @Nullable String shared(Map<String, String> words, @Nullable String word) {
        if (word == null) {
            return null;
        }
        String known = words.putIfAbsent(word, word);
        return known != null ? known : word;
    }

    /** Display order: by time (an update without one first); written out, as it runs 40,000 times a read. */
    private static int byTime(IncidentUpdate a, IncidentUpdate b) {
        Instant x = a.at() != null ? a.at() : a.postedAt();
        Instant y = b.at() != null ? b.at() : b.postedAt();
        if (x == null || y == null) {
            return x == y ? 0 : x == null ? -1 : 1;
        }
        return x.compareTo(y);
    }

    /** The updates by service and event key, in the order written. */
    private static Map<String, List<IncidentUpdate>> updates(Connection db, EventRow.Kind kind,
            @Nullable String serviceId, @Nullable Instant since, Map<String, String> words) throws SQLException {
        Map<String, List<IncidentUpdate>> updates = new HashMap<>(1024);
        try (PreparedStatement st = db.prepareStatement(since == null ? SELECT_UPDATES : SELECT_UPDATES_SINCE)) {
            if (since == null) {
                bind(st, kind.column(), serviceId, serviceId);
            } else {
                bindFilter(st, kind, serviceId, since);
            }
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    String[] u = JsonRow.fields(rs.getString(1), 7);
                    updates.computeIfAbsent(u[0] + '\0' + u[1], k -> new ArrayList<>(4)).add(update(u, words));
                }
            }
        }
        return updates;
    }

    static void bindFilter(PreparedStatement st, EventRow.Kind kind, @Nullable String serviceId,
            @Nullable Instant since)
            throws SQLException {
        bind(st, kind.column(), serviceId, serviceId, StoreTimes.text(since), StoreTimes.text(since));
    }

    static void bind(PreparedStatement st, @Nullable String... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            st.setString(i + 1, values[i]);
        }
    }

    private static @Nullable Impact impact(@Nullable String wire) {
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
