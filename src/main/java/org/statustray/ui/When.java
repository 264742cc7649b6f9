package org.statustray.ui;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Times and durations as the windows show them, in the user's zone. */
public final class When {
    private static final DateTimeFormatter SAME_YEAR = DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter FULL = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter ZONE = DateTimeFormatter.ofPattern("zzz", Locale.ENGLISH);
    private static final DateTimeFormatter ISO_MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private final ZoneId zone;

    public When(ZoneId zone) {
        this.zone = zone;
    }

    public ZoneId zone() {
        return zone;
    }

    /** "just now", "40 s ago", "5 min ago", "3 h ago", "2 d ago"; a time in the future reads "just now". */
    public static String ago(Instant then, Instant now) {
        if (then == null) {
            return "never";
        }
        long s = Duration.between(then, now).getSeconds();
        if (s < 5) {
            return "just now";
        }
        if (s < 60) {
            return s + " s ago";
        }
        if (s < 3600) {
            return s / 60 + " min ago";
        }
        if (s < 48 * 3600) {
            return s / 3600 + " h ago";
        }
        return s / 86400 + " d ago";
    }

    /** "3 Feb 14:05" this year, "3 Feb 2025 14:05" otherwise, in the user's zone. */
    public String time(Instant at, Instant now) {
        if (at == null) {
            return "";
        }
        ZonedDateTime t = at.atZone(zone);
        return (t.getYear() == now.atZone(zone).getYear() ? SAME_YEAR : FULL).format(t);
    }

    /** "2026-02-03 14:05", sortable; used in tables and exports. */
    public String sortable(@Nullable Instant at) {
        return at == null ? "" : ISO_MINUTE.format(at.atZone(zone));
    }

    /** The zone's short name at that instant, e.g. "CET". */
    public String zoneName(Instant at) {
        return ZONE.format(at.atZone(zone));
    }

    /** "45 s", "12 min", "3 h 20 min", "2 d 4 h"; null or negative reads "". */
    public static String duration(Duration d) {
        if (d == null || d.isNegative()) {
            return "";
        }
        long s = d.getSeconds();
        if (s < 60) {
            return s + " s";
        }
        long min = s / 60;
        if (min < 60) {
            return min + " min";
        }
        long h = min / 60;
        if (h < 48) {
            return h + " h" + (min % 60 == 0 ? "" : " " + min % 60 + " min");
        }
        return h / 24 + " d" + (h % 24 == 0 ? "" : " " + h % 24 + " h");
    }
}
