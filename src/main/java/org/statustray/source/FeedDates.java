package org.statustray.source;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as feeds write them: RFC 822 / 1123 in RSS ({@code Wed, 15 Dec 2021 12:16:32 PST},
 * {@code Thu, 16 Apr 2026 20:49:00 Z}, {@code +0000}, {@code GMT}) and ISO-8601 in Atom. Unparseable text
 * gives null.
 */
final class FeedDates {
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
    static Instant parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Matcher m = RFC_822.matcher(text.trim());
        return m.matches() ? rfc822(m) : Timestamps.parse(text);
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
    static ZoneOffset offset(String zone) {
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

    private static Instant rfc822(Matcher m) {
        int month = month(m.group(2));
        ZoneOffset offset = offset(m.group(7));
        if (month == 0 || offset == null) {
            return null;
        }
        int year = Integer.parseInt(m.group(3));
        if (m.group(3).length() == 2) {
            year += year < 50 ? 2000 : 1900;
        }
        try {
            LocalDateTime local = LocalDateTime.of(year, month, Integer.parseInt(m.group(1)),
                    Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                    m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
            return local.toInstant(offset);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
