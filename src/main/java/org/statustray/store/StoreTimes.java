package org.statustray.store;

import java.time.Instant;
import java.time.Month;
import java.time.Year;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Instants as the store keeps them: fixed-width UTC text with nine fraction digits, so that SQL compares
 * and sorts them as text in time order and they read back exactly.
 */
final class StoreTimes {
    private static final DateTimeFormatter FIXED = new DateTimeFormatterBuilder()
            .appendPattern("uuuu-MM-dd'T'HH:mm:ss")
            .appendFraction(ChronoField.NANO_OF_SECOND, 9, 9, true)
            .appendLiteral('Z')
            .toFormatter(Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private StoreTimes() {
    }

    static @Nullable String text(@Nullable Instant t) {
        return t == null ? null : FIXED.format(t);
    }

    static @Nullable Instant instant(@Nullable String text) {
        if (text == null) {
            return null;
        }
        Instant fixed = fixedWidth(text);
        return fixed != null ? fixed : Instant.parse(text);
    }

    /**
     * The store's own form read by hand: a history of thousands of incidents holds hundreds of thousands of
     * times, and {@link Instant#parse} is slow for that many while the JIT is cold. Null when not that form.
     */
    private static @Nullable Instant fixedWidth(String t) {
        if (t.length() != 30 || t.charAt(4) != '-' || t.charAt(7) != '-' || t.charAt(10) != 'T' || t.charAt(13) != ':'
                || t.charAt(16) != ':' || t.charAt(19) != '.' || t.charAt(29) != 'Z') {
            return null;
        }
        int year = digits(t, 0, 4);
        int month = digits(t, 5, 7);
        int day = digits(t, 8, 10);
        int hour = digits(t, 11, 13);
        int minute = digits(t, 14, 16);
        int second = digits(t, 17, 19);
        int nano = digits(t, 20, 29);
        if ((year | month | day | hour | minute | second | nano) < 0 || month < 1 || month > 12 || day < 1
                || day > 31 || hour > 23 || minute > 59 || second > 59) {
            return null;
        }
        if (day > Month.of(month).length(Year.isLeap(year))) {
            return null;
        }
        return Instant.ofEpochSecond(epochDay(year, month, day) * 86_400 + hour * 3600L + minute * 60L + second, nano);
    }

    /** Days since 1970-01-01 of a valid date in the proleptic Gregorian calendar, as LocalDate counts them. */
    static long epochDay(int year, int month, int day) {
        int y = month <= 2 ? year - 1 : year; // years from March: the leap day ends a year
        long era = Math.floorDiv(y, 400);
        int yearOfEra = (int) (y - era * 400);
        int dayOfYear = (153 * ((month + 9) % 12) + 2) / 5 + day - 1;
        int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        return era * 146_097 + dayOfEra - 719_468;
    }

    /** The decimal number in {@code t[from, to)}, or -1 when a character is not a digit. */
    private static int digits(String t, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    /** The latest of some instants, nulls ignored; null when all are null. */
    static @Nullable Instant latest(@Nullable Instant... times) {
        Instant latest = null;
        for (Instant t : times) {
            if (t != null && (latest == null || t.isAfter(latest))) {
                latest = t;
            }
        }
        return latest;
    }
}
