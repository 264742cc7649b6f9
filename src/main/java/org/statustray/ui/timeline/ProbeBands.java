package org.statustray.ui.timeline;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.statustray.model.ProbeFailure;
import org.statustray.store.ProbeBucket;
import org.statustray.ui.When;

/**
 * The probe band of a period built from the store's buckets, and how its cells are told. A cell is 5 minutes
 * in a day, an hour in a week and 6 hours in a quarter: never shorter than the buckets the store keeps
 * for that age, so each bucket falls in the cell where it starts.
 */
final class ProbeBands {
    private ProbeBands() {
    }

    static Duration cell(TimelineModel.Period p) {
        return switch (p) {
            case DAY -> Duration.ofMinutes(5);
            case WEEK -> Duration.ofHours(1);
            case QUARTER -> Duration.ofHours(6);
        };
    }

    /** Null when the service has no probes in the period: it then gets no band at all. */
    static @Nullable ProbeBand build(List<ProbeBucket> buckets, Instant since, Instant at, TimelineModel.Period p) {
        if (buckets.isEmpty()) {
            return null;
        }
        long cellMs = cell(p).toMillis();
        int n = (int) Math.max(1, (Duration.between(since, at).toMillis() + cellMs - 1) / cellMs);
        Sum[] sums = new Sum[n];
        for (ProbeBucket b : buckets) {
            long offset = Duration.between(since, b.start()).toMillis();
            int i = (int) Math.min(n - 1, Math.max(0, Math.floorDiv(offset, cellMs)));
            sums[i] = sums[i] == null ? new Sum() : sums[i];
            sums[i].add(b);
        }
        List<ProbeBand.Cell> cells = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Instant from = since.plusMillis(i * cellMs);
            Instant to = i == n - 1 ? at : from.plusMillis(cellMs);
            cells.add(sums[i] == null ? new ProbeBand.Cell(from, to, 0, 0, null, null, null, null) : sums[i].cell(from, to));
        }
        return new ProbeBand(cells);
    }

    /** "2 of 12 probes failed (last: timeout) · first byte 140 ms (90–610 ms) · 3 Feb 14:05 – 3 Feb 14:10 CET". */
    static String describe(ProbeBand.Cell c, When when, Instant now) {
        String span = when.time(c.from(), now) + " – " + when.time(c.to(), now) + " " + when.zoneName(c.to());
        String what = switch (c.state()) {
            case NO_DATA -> "No probes";
            case ANSWERED -> c.probes() == 1 ? "The probe answered" : "All " + c.probes() + " probes answered";
            case ALL_FAILED -> (c.probes() == 1 ? "The probe failed" : "All " + c.probes() + " probes failed")
                    + last(c.lastFailure());
            case SOME_FAILED -> c.failed() + " of " + c.probes() + " probes failed" + last(c.lastFailure());
        };
        if (c.firstByteMs() != null) {
            what += " · first byte " + c.firstByteMs() + " ms";
            if (!c.firstByteMs().equals(c.firstByteMinMs()) || !c.firstByteMs().equals(c.firstByteMaxMs())) {
                what += " (" + c.firstByteMinMs() + "–" + c.firstByteMaxMs() + " ms)";
            }
        }
        return what + " · " + span;
    }

    private static String last(@Nullable ProbeFailure f) {
        if (f == null) {
            return "";
        }
        String word = switch (f) {
            case DNS -> "name not found";
            case SERVER_ERROR -> "server error";
            case TLS -> "TLS failed";
            default -> f.name().toLowerCase(Locale.ROOT);
        };
        return " (last: " + word + ")";
    }

    /** The buckets of one cell added up; the latest bucket's failure is the cell's last. */
    private static final class Sum {
        int ok;
        int failed;
        long firstByteTotal;
        int firstByteCount;
        long firstByteMin = Long.MAX_VALUE;
        long firstByteMax = Long.MIN_VALUE;
        @Nullable ProbeFailure lastFailure;

        void add(ProbeBucket b) {
            ok += b.ok();
            failed += b.failed();
            ProbeBucket.Latency fb = b.firstByte();
            if (fb != null) {
                firstByteTotal += fb.avg() * fb.count();
                firstByteCount += fb.count();
                firstByteMin = Math.min(firstByteMin, fb.min());
                firstByteMax = Math.max(firstByteMax, fb.max());
            }
            if (b.lastFailure() != null) {
                lastFailure = b.lastFailure(); // buckets come oldest first
            }
        }

        ProbeBand.Cell cell(Instant from, Instant to) {
            boolean timed = firstByteCount > 0;
            return new ProbeBand.Cell(from, to, ok, failed, timed ? firstByteTotal / firstByteCount : null,
                    timed ? firstByteMin : null, timed ? firstByteMax : null, lastFailure);
        }
    }
}
