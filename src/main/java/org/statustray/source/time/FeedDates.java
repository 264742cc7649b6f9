package org.statustray.source.time;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.statustray.source.text.Runs;

/**
 * Dates as feeds write them: RFC 822 / 1123 in RSS ({@code Wed, 15 Dec 2021 12:16:32 PST},
 * {@code Thu, 16 Apr 2026 20:49:00 Z}, {@code +0000}, {@code GMT}) and ISO-8601 in Atom. Unparseable text
 * gives null.
 */
public final class FeedDates {
    // [day-of-week,] day month year hh:mm[:ss] [zone]; the day of week is not checked, feeds get it wrong.
    private static final Pattern RFC_822 = Pattern.compile(
            "(?:[A-Za-z]{2,9}\\.?,?\\s+)?(\\d{1,2})\\s+([A-Za-z]{3,9})\\.?,?\\s+(\\d{2}|\\d{4}),?\\s+"
                    + "(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:\\.\\d+)?\\s*([A-Za-z]{1,5}(?:[+-]\\d{1,4})?|[+-]\\d{2}:?\\d{2})?");
    private static final Pattern GMT_OFFSET = Pattern.compile("(?:GMT|UTC)([+-])(\\d{1,2})(\\d{2})?");
    private static final Map<String, Integer> ZONE_HOURS = Map.ofEntries(
            Map.entry("Z", 0), Map.entry("UT", 0), Map.entry("UTC", 0), Map.entry("GMT", 0),
            Map.entry("EST", -5), Map.entry("EDT", -4), Map.entry("CST", -6), Map.entry("CDT", -5),
            Map.entry("MST", -7), Map.entry("MDT", -6), Map.entry("PST", -8), Map.entry("PDT", -7));
    private static final String[] MONTHS =
            {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};

    private FeedDates() {
    }

    /** RFC 822 first, then ISO-8601; null when neither reads. */
    public static @Nullable Instant parse(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String s = text.trim();
        String[] groups = rfc822Groups(s);
        if (groups == null) {
            Matcher m = RFC_822.matcher(s);
            if (!m.matches()) {
                return Timestamps.parse(text);
            }
            groups = new String[8];
            for (int g = 1; g <= 7; g++) {
                groups[g] = m.group(g);
            }
        }
        return rfc822(groups);
    }

    /**
     * The groups {@link #RFC_822} would capture (index 1 to 7), read by hand for the plain forms feeds use
     * ({@code Wed, 16 Mar 2022 19:46:08 +0000}); null for anything else, which the pattern then reads.
     */
    static @Nullable String @Nullable [] rfc822Groups(String s) {
        String[] g = new String[8];
        int n = s.length();
        int i = Runs.letters(s, 0);
        if (i > 0) {
            int afterName = Runs.optional(s, Runs.optional(s, i, '.'), ',');
            int spaced = Runs.spaces(s, afterName);
            if (i < 2 || i > 9 || spaced == afterName) {
                return null;
            }
            i = spaced;
        }
        int e = Runs.digits(s, i);
        int spaced = Runs.spaces(s, e);
        if (e - i < 1 || e - i > 2 || spaced == e) {
            return null;
        }
        g[1] = s.substring(i, e);
        i = spaced;
        e = Runs.letters(s, i);
        int afterMonth = Runs.optional(s, Runs.optional(s, e, '.'), ',');
        spaced = Runs.spaces(s, afterMonth);
        if (e - i < 3 || e - i > 9 || spaced == afterMonth) {
            return null;
        }
        g[2] = s.substring(i, e);
        i = spaced;
        e = Runs.digits(s, i);
        int afterYear = Runs.optional(s, e, ',');
        spaced = Runs.spaces(s, afterYear);
        if ((e - i != 2 && e - i != 4) || spaced == afterYear) {
            return null;
        }
        g[3] = s.substring(i, e);
        i = Runs.clock(s, spaced, g);
        if (i < 0) {
            return null;
        }
        if (i < n && s.charAt(i) == '.') {
            e = Runs.digits(s, i + 1);
            if (e == i + 1) {
                return null;
            }
            i = e;
        }
        i = Runs.spaces(s, i);
        if (i < n) {
            e = zoneEnd(s, i);
            if (e != n) {
                return null;
            }
            g[7] = s.substring(i, e);
        }
        return g;
    }

    /** The end of a zone as {@link #RFC_822} reads one: {@code PST}, {@code GMT+1}, {@code +0000}, {@code -05:00}; -1 if none. */
    private static int zoneEnd(String s, int i) {
        int e = Runs.letters(s, i);
        if (e > i) {
            if (e - i > 5) {
                return -1;
            }
            if (e < s.length() && (s.charAt(e) == '+' || s.charAt(e) == '-')) {
                int d = Runs.digits(s, e + 1);
                return d - e - 1 >= 1 && d - e - 1 <= 4 ? d : -1;
            }
            return e;
        }
        if (s.charAt(i) != '+' && s.charAt(i) != '-') {
            return -1;
        }
        int d = Runs.digits(s, i + 1);
        if (d - i - 1 == 4) {
            return d;
        }
        if (d - i - 1 == 2 && d < s.length() && s.charAt(d) == ':') {
            int m = Runs.digits(s, d + 1);
            return m - d - 1 == 2 ? m : -1;
        }
        return -1;
    }

    /** Month 1–12 from an English month name or its first three letters; 0 when it is none. */
    static int month(String name) {
        String m = name.length() < 3 ? "" : name.substring(0, 3).toLowerCase(Locale.ROOT);
        for (int i = 0; i < MONTHS.length; i++) {
            if (MONTHS[i].equals(m)) {
                return i + 1;
            }
        }
        return 0;
    }

    /** The zone's offset: Z, UT, GMT, US abbreviations (fixed, as RFC 822 defines them), ±hhmm, GMT±h; null if unknown. */
    static @Nullable ZoneOffset offset(@Nullable String zone) {
        if (zone == null || zone.isEmpty()) {
            return ZoneOffset.UTC;
        }
        String z = zone.toUpperCase(Locale.ROOT);
        Integer hours = ZONE_HOURS.get(z);
        if (hours != null) {
            return ZoneOffset.ofHours(hours);
        }
        try {
            if (z.charAt(0) == '+' || z.charAt(0) == '-') {
                String digits = z.substring(1).replace(":", "");
                int total = Integer.parseInt(digits.substring(0, 2)) * 60 + Integer.parseInt(digits.substring(2));
                return ZoneOffset.ofTotalSeconds((z.charAt(0) == '-' ? -total : total) * 60);
            }
            Matcher m = GMT_OFFSET.matcher(z);
            if (m.matches()) {
                int total = Integer.parseInt(m.group(2)) * 60 + (m.group(3) == null ? 0 : Integer.parseInt(m.group(3)));
                return ZoneOffset.ofTotalSeconds((m.group(1).equals("-") ? -total : total) * 60);
            }
        } catch (NumberFormatException | DateTimeException e) {
            return null;
        }
        return null;
    }

    private static @Nullable Instant rfc822(@Nullable String[] g) {
        int month = month(g[2]);
        ZoneOffset offset = offset(g[7]);
        if (month == 0 || offset == null) {
            return null;
        }
        int year = Integer.parseInt(g[3]);
        if (g[3].length() == 2) {
            year += year < 50 ? 2000 : 1900;
        }
        try {
            LocalDateTime local = LocalDateTime.of(year, month, Integer.parseInt(g[1]),
                    Integer.parseInt(g[4]), Integer.parseInt(g[5]),
                    g[6] == null ? 0 : Integer.parseInt(g[6]));
            return local.toInstant(offset);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
