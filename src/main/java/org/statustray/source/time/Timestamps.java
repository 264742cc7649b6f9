package org.statustray.source.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import org.jspecify.annotations.Nullable;

/**
 * Every timestamp form status pages publish, to an {@link Instant}. Unparseable text gives null: one odd
 * date must not make a whole page unreadable.
 */
public final class Timestamps {
    // ISO local date-time with 'T' or a space, optional fraction, then Z, +hh:mm, +hhmm or +hh.
    private static final DateTimeFormatter WITH_OFFSET = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .appendValue(ChronoField.HOUR_OF_DAY, 2).appendLiteral(':')
            .appendValue(ChronoField.MINUTE_OF_HOUR, 2)
            .optionalStart().appendLiteral(':').appendValue(ChronoField.SECOND_OF_MINUTE, 2).optionalEnd()
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HH", "Z").optionalEnd()
            .toFormatter();

    private Timestamps() {
    }

    /** ISO-8601 with any offset form; a naive date-time is taken as UTC; a bare date as its UTC midnight. */
    public static @Nullable Instant parse(@Nullable String text) {
        if (text == null) {
            return null;
        }
        String s = text.trim();
        if (s.isEmpty()) {
            return null;
        }
        Instant quick = quickIso(s);
        return quick != null ? quick : formatted(s);
    }

    /** The general reading, by the formatter, of trimmed non-empty text. */
    static @Nullable Instant formatted(String s) {
        try {
            var parsed = WITH_OFFSET.parseBest(s, OffsetDateTime::from, LocalDateTime::from);
            if (parsed instanceof OffsetDateTime) {
                return ((OffsetDateTime) parsed).toInstant();
            }
            return ((LocalDateTime) parsed).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return parseDate(s);
        }
    }

    /**
     * The forms nearly every payload uses ({@code 2019-02-20T12:00:19.418-06:00}, {@code …Z}, {@code +0000},
     * {@code +05}, a space for the {@code T}, no offset, a bare date), read without the formatter, which
     * costs microseconds a field. Null means "not this plain form": the formatter then decides, so every
     * odd case (lower-case letters, hour 24, 30 February, an offset beyond ±17:59) reads as it always did.
     */
    static @Nullable Instant quickIso(String s) {
        int n = s.length();
        if (n < 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
            return null;
        }
        int year = two(s, 0) * 100 + two(s, 2);
        int month = two(s, 5);
        int day = two(s, 8);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > monthLength(year, month)) {
            return null;
        }
        long epochDay = epochDay(year, month, day);
        if (n == 10) {
            return Instant.ofEpochSecond(epochDay * 86_400);
        }
        char separator = s.charAt(10);
        if (n < 16 || (separator != 'T' && separator != ' ') || s.charAt(13) != ':') {
            return null;
        }
        int hour = two(s, 11);
        int minute = two(s, 14);
        int second = 0;
        int nanos = 0;
        int i = 16;
        if (i < n && s.charAt(i) == ':') {
            second = i + 2 < n ? two(s, i + 1) : -1;
            if (second < 0) {
                return null;
            }
            i += 3;
            if (i < n && s.charAt(i) == '.') {
                int end = i + 1;
                while (end < n && end - i <= 9 && isDigit(s.charAt(end))) {
                    nanos = nanos * 10 + (s.charAt(end) - '0');
                    end++;
                }
                if (end == i + 1 || end - i > 9 && end < n && isDigit(s.charAt(end))) {
                    return null;
                }
                for (int k = end - i - 1; k < 9; k++) {
                    nanos *= 10;
                }
                i = end;
            }
        }
        if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second > 59) {
            return null;
        }
        int offset = offsetSeconds(s, i);
        if (offset == Integer.MIN_VALUE) {
            return null;
        }
        return Instant.ofEpochSecond(epochDay * 86_400 + hour * 3600 + minute * 60 + second - offset, nanos);
    }

    /** Seconds east of UTC for nothing, {@code Z}, {@code ±hh}, {@code ±hhmm} or {@code ±hh:mm} ending the text. */
    private static int offsetSeconds(String s, int i) {
        int n = s.length();
        if (i == n) {
            return 0;
        }
        char sign = s.charAt(i);
        if (sign == 'Z') {
            return i + 1 == n ? 0 : Integer.MIN_VALUE;
        }
        int rest = n - i - 3;
        if ((sign != '+' && sign != '-') || rest < 0) {
            return Integer.MIN_VALUE;
        }
        int hours = two(s, i + 1);
        int minutes;
        if (rest == 0) {
            minutes = 0;
        } else if (rest == 2) {
            minutes = two(s, i + 3);
        } else if (rest == 3 && s.charAt(i + 3) == ':') {
            minutes = two(s, i + 4);
        } else {
            return Integer.MIN_VALUE;
        }
        if (hours < 0 || hours > 17 || minutes < 0 || minutes > 59) {
            return Integer.MIN_VALUE;
        }
        int total = hours * 3600 + minutes * 60;
        return sign == '-' ? -total : total;
    }

    /** The two digits at {@code i} as a number; negative when either is not a digit. */
    private static int two(String s, int i) {
        char a = s.charAt(i);
        char b = s.charAt(i + 1);
        return isDigit(a) && isDigit(b) ? (a - '0') * 10 + (b - '0') : -1_000;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static int monthLength(int year, int month) {
        if (month == 2) {
            return isLeap(year) ? 29 : 28;
        }
        return month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31;
    }

    private static boolean isLeap(int year) {
        return (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0);
    }

    /** Days since 1970-01-01 of a date of years 0 to 9999 (LocalDate's own arithmetic, without the object). */
    static long epochDay(int year, int month, int day) {
        long total = 365L * year + (year + 3) / 4 - (year + 99) / 100 + (year + 399) / 400;
        total += (367 * month - 362) / 12 + day - 1;
        if (month > 2) {
            total -= isLeap(year) ? 1 : 2;
        }
        return total - 719_528;
    }

    private static @Nullable Instant parseDate(String s) {
        try {
            return LocalDate.parse(s).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
