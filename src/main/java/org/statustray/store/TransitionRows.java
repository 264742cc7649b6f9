package org.statustray.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.statustray.model.Status;

/** SQL for observed status transitions. */
final class TransitionRows {
    private TransitionRows() {
    }

    /**
     * Never earlier than the last transition of the same service and component: after the wall clock was set
     * back, a change is recorded at that last time instead, so that reading by time still gives the changes
     * in the order they happened and the last one read is the state now.
     */
    static void insert(Connection db, List<Transition> transitions) throws SQLException {
        try (PreparedStatement st = db.prepareStatement("INSERT INTO transitions (service_id, component_id,"
                + " from_status, to_status, at) SELECT ?, ?, ?, ?, max(?, coalesce((SELECT at FROM transitions"
                + " WHERE service_id = ? AND component_id IS ? ORDER BY at DESC LIMIT 1), ''))")) {
            for (Transition t : transitions) {
                EventRows.bind(st, t.serviceId(), t.componentId(), t.from() == null ? null : t.from().wireName(),
                        t.to().wireName(), StoreTimes.text(t.at()), t.serviceId(), t.componentId());
                st.executeUpdate(); // one at a time: each one's time depends on those inserted before it
            }
        }
    }

    /** Oldest first; in the order recorded where two share an instant. */
    static List<Transition> read(Connection db, @Nullable String serviceId, @Nullable Instant since)
            throws SQLException {
        List<Transition> out = new ArrayList<>();
        try (PreparedStatement st = db.prepareStatement("SELECT service_id, component_id, from_status, to_status, at"
                + " FROM transitions WHERE (? IS NULL OR service_id = ?) AND (? IS NULL OR at >= ?) ORDER BY at, id")) {
            String s = StoreTimes.text(since);
            EventRows.bind(st, serviceId, serviceId, s, s);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(row(rs));
                }
            }
        }
        return out;
    }

    /** For each component (and the service as a whole) of one service, its last transition before {@code at}. */
    static List<Transition> latestBefore(Connection db, String serviceId, Instant at) throws SQLException {
        List<Transition> out = new ArrayList<>();
        try (PreparedStatement st = db.prepareStatement("SELECT service_id, component_id, from_status, to_status, at"
                + " FROM (SELECT *, row_number() OVER (PARTITION BY component_id ORDER BY at DESC, id DESC) AS n"
                + " FROM transitions WHERE service_id = ? AND at < ?) WHERE n = 1 ORDER BY at, id")) {
            EventRows.bind(st, serviceId, StoreTimes.text(at));
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(row(rs));
                }
            }
        }
        return out;
    }

    @SuppressWarnings("NullAway") // to_status and at are NOT NULL columns
    private static Transition row(ResultSet rs) throws SQLException {
        return new Transition(rs.getString(1), rs.getString(2), status(rs.getString(3)), status(rs.getString(4)),
                StoreTimes.instant(rs.getString(5)));
    }

    /** A word this version does not know reads as unknown, never as an outage. */
    static @Nullable Status status(@Nullable String wire) {
        if (wire == null) {
            return null;
        }
        try {
            return Status.fromWireName(wire);
        } catch (IllegalArgumentException e) {
            return Status.UNKNOWN;
        }
    }
}
