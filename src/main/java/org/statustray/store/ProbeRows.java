package org.statustray.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.statustray.model.ProbeFailure;
import org.statustray.model.ProbeResult;

/**
 * SQL for probe results, kept as buckets that grow with age so that a week of per-minute probes of 20
 * services stays small: a minute for the last 24 hours, 15 minutes up to 7 days, an hour up to 90 days;
 * older ones are dropped. A probe is added to its minute's row; {@link #compact} merges rows past an age
 * into the longer bucket (cut on that bucket's boundaries, so each is whole once merged).
 */
final class ProbeRows {
    static final long MINUTE = 60;
    /** Rows older than this, in the order given, become buckets of {@link Tier#span} seconds. */
    record Tier(Duration olderThan, long span) {
    }

    static final List<Tier> TIERS = List.of(new Tier(Duration.ofHours(24), 15 * MINUTE),
            new Tier(Duration.ofDays(7), 60 * MINUTE));
    static final Duration KEPT = Duration.ofDays(90);
    private static final long LONGEST = 60 * MINUTE;

    private record Bucket(String serviceId, long start) {
    }

    /** Adds to the row of the same service and start, whatever its span: a late probe joins the bucket there. */
    private static final String ADD = "INSERT INTO probes (service_id, start, span, ok, failed, first_byte_n,"
            + " first_byte_min, first_byte_sum, first_byte_max, total_min, total_sum, total_max, failure_at, failure)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (service_id, start) DO UPDATE SET"
            + " ok = ok + excluded.ok, failed = failed + excluded.failed,"
            + " first_byte_n = first_byte_n + excluded.first_byte_n,"
            + " first_byte_min = min(coalesce(first_byte_min, excluded.first_byte_min),"
            + " coalesce(excluded.first_byte_min, first_byte_min)),"
            + " first_byte_sum = first_byte_sum + excluded.first_byte_sum,"
            + " first_byte_max = max(coalesce(first_byte_max, excluded.first_byte_max),"
            + " coalesce(excluded.first_byte_max, first_byte_max)),"
            + " total_min = min(total_min, excluded.total_min), total_sum = total_sum + excluded.total_sum,"
            + " total_max = max(total_max, excluded.total_max),"
            + " failure = CASE WHEN excluded.failure_at >= coalesce(failure_at, excluded.failure_at)"
            + " THEN excluded.failure ELSE failure END,"
            + " failure_at = max(coalesce(failure_at, excluded.failure_at), coalesce(excluded.failure_at, failure_at))";
    private static final String COLUMNS = "service_id, start, ok, failed, first_byte_n, first_byte_min,"
            + " first_byte_sum, first_byte_max, total_min, total_sum, total_max, failure_at, failure";

    private ProbeRows() {
    }

    static void add(Connection db, String serviceId, ProbeResult r) throws SQLException {
        try (PreparedStatement st = db.prepareStatement(ADD)) {
            long at = r.at().getEpochSecond();
            bind(st, serviceId, at - Math.floorMod(at, MINUTE), MINUTE, ProbeSums.of(r));
            st.executeUpdate();
        }
    }

    /** The buckets of one service that overlap {@code [from, to)}, oldest first. */
    static List<ProbeBucket> read(Connection db, String serviceId, Instant from, Instant to) throws SQLException {
        List<ProbeBucket> out = new ArrayList<>();
        try (PreparedStatement st = db.prepareStatement("SELECT " + COLUMNS + ", span FROM probes WHERE service_id = ?"
                + " AND start >= ? AND start < ? AND start + span > ? ORDER BY start")) {
            st.setString(1, serviceId);
            st.setLong(2, from.getEpochSecond() - LONGEST);
            st.setLong(3, to.getEpochSecond() + (to.getNano() > 0 ? 1 : 0));
            st.setLong(4, from.getEpochSecond());
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(bucket(rs.getLong(2), rs.getLong(14), sums(rs)));
                }
            }
        }
        return out;
    }

    /** Merges rows past each tier's age into its buckets and drops those past {@link #KEPT}. */
    static void compact(Connection db, Instant now) throws SQLException {
        long nowSeconds = now.getEpochSecond();
        for (Tier tier : TIERS) {
            long cut = nowSeconds - tier.olderThan().toSeconds();
            merge(db, tier.span(), cut - Math.floorMod(cut, tier.span()));
        }
        try (PreparedStatement st = db.prepareStatement("DELETE FROM probes WHERE start + span <= ?")) {
            st.setLong(1, nowSeconds - KEPT.toSeconds());
            st.executeUpdate();
        }
    }

    /** Rows shorter than {@code span} that start before {@code before}, summed into buckets of that span. */
    private static void merge(Connection db, long span, long before) throws SQLException {
        Map<Bucket, ProbeSums> buckets = new LinkedHashMap<>();
        try (PreparedStatement st = db.prepareStatement("SELECT " + COLUMNS + " FROM probes WHERE span < ? AND start < ?")) {
            st.setLong(1, span);
            st.setLong(2, before);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    Bucket key = new Bucket(rs.getString(1), rs.getLong(2) - Math.floorMod(rs.getLong(2), span));
                    ProbeSums row = sums(rs);
                    ProbeSums sum = buckets.putIfAbsent(key, row);
                    if (sum != null) {
                        sum.add(row);
                    }
                }
            }
        }
        if (buckets.isEmpty()) {
            return;
        }
        // Removed first: a bucket starts where one of its own rows may have, and the rows must not be counted twice.
        try (PreparedStatement st = db.prepareStatement("DELETE FROM probes WHERE span < ? AND start < ?")) {
            st.setLong(1, span);
            st.setLong(2, before);
            st.executeUpdate();
        }
        try (PreparedStatement st = db.prepareStatement(ADD)) {
            for (Map.Entry<Bucket, ProbeSums> e : buckets.entrySet()) {
                bind(st, e.getKey().serviceId(), e.getKey().start(), span, e.getValue());
                st.addBatch();
            }
            st.executeBatch();
        }
    }

    private static void bind(PreparedStatement st, String serviceId, long start, long span, ProbeSums s)
            throws SQLException {
        st.setString(1, serviceId);
        st.setLong(2, start);
        st.setLong(3, span);
        st.setInt(4, s.ok);
        st.setInt(5, s.failed);
        st.setInt(6, s.firstByteCount);
        setLong(st, 7, s.firstByteMin);
        st.setLong(8, s.firstByteSum);
        setLong(st, 9, s.firstByteMax);
        st.setLong(10, s.totalMin);
        st.setLong(11, s.totalSum);
        st.setLong(12, s.totalMax);
        setLong(st, 13, s.failureAt);
        st.setString(14, s.failure);
    }

    private static void setLong(PreparedStatement st, int i, @Nullable Long value) throws SQLException {
        if (value == null) {
            st.setNull(i, Types.INTEGER);
        } else {
            st.setLong(i, value);
        }
    }

    /** The row of {@link #COLUMNS} at the result's cursor. */
    private static ProbeSums sums(ResultSet rs) throws SQLException {
        ProbeSums s = new ProbeSums();
        s.ok = rs.getInt(3);
        s.failed = rs.getInt(4);
        s.firstByteCount = rs.getInt(5);
        s.firstByteMin = nullableLong(rs, 6);
        s.firstByteSum = rs.getLong(7);
        s.firstByteMax = nullableLong(rs, 8);
        s.totalMin = rs.getLong(9);
        s.totalSum = rs.getLong(10);
        s.totalMax = rs.getLong(11);
        s.failureAt = nullableLong(rs, 12);
        s.failure = rs.getString(13);
        return s;
    }

    private static @Nullable Long nullableLong(ResultSet rs, int i) throws SQLException {
        long v = rs.getLong(i);
        return rs.wasNull() ? null : v;
    }

    private static ProbeBucket bucket(long start, long span, ProbeSums s) {
        ProbeBucket.Latency firstByte = s.firstByteCount == 0 || s.firstByteMin == null || s.firstByteMax == null
                ? null : new ProbeBucket.Latency(s.firstByteMin, s.firstByteSum / s.firstByteCount, s.firstByteMax,
                        s.firstByteCount);
        int n = Math.max(1, s.ok + s.failed);
        return new ProbeBucket(Instant.ofEpochSecond(start), Duration.ofSeconds(span), s.ok, s.failed, firstByte,
                new ProbeBucket.Latency(s.totalMin, s.totalSum / n, s.totalMax, s.ok + s.failed), failure(s.failure));
    }

    /** A kind this version does not know reads as {@link ProbeFailure#OTHER}. */
    private static @Nullable ProbeFailure failure(@Nullable String name) {
        if (name == null) {
            return null;
        }
        try {
            return ProbeFailure.valueOf(name);
        } catch (IllegalArgumentException e) {
            return ProbeFailure.OTHER;
        }
    }
}
