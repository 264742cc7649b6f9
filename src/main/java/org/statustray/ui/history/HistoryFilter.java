package org.statustray.ui.history;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * The history window's filters, all combined: one service (null: all), an impact, a date range in the
 * user's zone (either end may be open; an incident is in range when it overlaps it), and words that must
 * all occur, in any case. Everything that can be is worked out once here, not once per row.
 */
record HistoryFilter(String serviceId, ImpactFilter impact, LocalDate from, LocalDate to, String text, ZoneId zone) {

    boolean isEmpty() {
        return serviceId == null && (impact == null || impact == ImpactFilter.ALL) && from == null && to == null
                && words().length == 0;
    }

    Predicate<HistoryRow> predicate() {
        String service = serviceId;
        ImpactFilter byImpact = impact == null ? ImpactFilter.ALL : impact;
        Instant start = from == null ? null : from.atStartOfDay(zone).toInstant();
        Instant end = to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant();
        boolean dated = start != null || end != null;
        String[] words = words();
        return row -> (service == null || service.equals(row.serviceId()))
                && byImpact.matches(row.impact())
                && (!dated || overlaps(row, start, end))
                && (words.length == 0 || row.matchesAll(words));
    }

    private String[] words() {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return t.isEmpty() ? new String[0] : t.split("\\s+");
    }

    /** The row's span [spanStart, spanEnd] meets [start, end): an open end of the range reaches forever. */
    private static boolean overlaps(HistoryRow row, @Nullable Instant start, @Nullable Instant end) {
        if (row.spanStart() == null) {
            return false;
        }
        return (end == null || row.spanStart().isBefore(end))
                && (start == null || !Objects.requireNonNull(row.spanEnd()).isBefore(start)); // set with spanStart
    }
}
