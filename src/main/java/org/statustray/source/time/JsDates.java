package org.statustray.source.time;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Dates as JavaScript's {@code Date.toString()} writes them, which Instatus's {@code summary.json} passes
 * on: {@code Sat Jun 11 2022 18:55:50 GMT+0000 (Coordinated Universal Time)}. The zone name in
 * brackets is localised and ignored; the {@code GMT±hhmm} offset is what counts. ISO text (Instatus's
 * newer payloads) and {@code Date.toUTCString()} forms are read too. Unreadable text gives null.
 */
public final class JsDates {
    static final Pattern TO_STRING = Pattern.compile("(?:[A-Za-z]{3},?\\s+)?([A-Za-z]{3})\\s+(\\d{1,2}),?\\s+(\\d{4})"
            + "\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d{1,3}))?)?"
            + "\\s*(?:(?:GMT|UTC|Z)\\s*(?:([+-])(\\d{1,2}):?(\\d{2})?)?)?\\s*(?:\\(.*\\))?\\s*");
    private static final List<String> MONTHS =
            List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");

    private JsDates() {
    }

    public static @Nullable Instant parse(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String s = text.trim();
        String[] parts = JsDateParts.groups(s);
        if (parts != null) {
            return fromParts(parts);
        }
        Instant iso = Timestamps.parse(s);
        if (iso != null) {
            return iso;
        }
        try {
            return ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static @Nullable Instant fromParts(@Nullable String[] g) {
        int month = MONTHS.indexOf(g[1].toLowerCase(Locale.ROOT)) + 1;
        if (month == 0) {
            return null;
        }
        try {
            int sign = "-".equals(g[8]) ? -1 : 1;
            int hours = g[9] == null ? 0 : Integer.parseInt(g[9]);
            int minutes = g[10] == null ? 0 : Integer.parseInt(g[10]);
            ZoneOffset offset = ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
            int millis = g[7] == null ? 0 : Integer.parseInt((g[7] + "00").substring(0, 3));
            LocalDateTime local = LocalDateTime.of(Integer.parseInt(g[3]), month, Integer.parseInt(g[2]),
                    Integer.parseInt(g[4]), Integer.parseInt(g[5]),
                    g[6] == null ? 0 : Integer.parseInt(g[6]), millis * 1_000_000);
            return local.toInstant(offset);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
