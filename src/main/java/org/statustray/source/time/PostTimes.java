package org.statustray.source.time;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.statustray.source.text.Runs;

/**
 * The time line of an embedded post ({@code Mar 9, 17:58 UTC}, {@code Jun 5, 2026, 01:40:38 GMT+0}) cut
 * into its parts: month, day, year, hour, minute, second and zone, as {@link #WHEN} captures them; and the
 * instant it names, in the year nearest to a reference when it gives none.
 */
public final class PostTimes {
    static final Pattern WHEN = Pattern.compile(
            "([A-Za-z]{3,9})\\.?\\s+(\\d{1,2}),?\\s+(?:(\\d{4}),?\\s+)?(\\d{1,2}):(\\d{2})(?::(\\d{2}))?"
                    + "\\s*([A-Za-z]{1,5}(?:[+-]\\d{1,4})?)?.*", Pattern.DOTALL);

    private PostTimes() {
    }

    /** Groups 1 to 7 of {@link #WHEN} matching the whole (trimmed) text; null when it does not match. */
    static @Nullable String @Nullable [] groups(String s) {
        String[] quick = quickGroups(s);
        if (quick != null) {
            return quick;
        }
        Matcher m = WHEN.matcher(s);
        if (!m.matches()) {
            return null;
        }
        String[] g = new String[8];
        for (int i = 1; i <= 7; i++) {
            g[i] = m.group(i);
        }
        return g;
    }

    /**
     * The same groups read by hand for the plain form the feeds use, {@code Mon D, HH:MM[:SS] [ZONE]} with
     * nothing after it; null for anything else (a year, odd digits, trailing words), which the pattern reads.
     */
    static @Nullable String @Nullable [] quickGroups(String s) {
        String[] g = new String[8];
        int n = s.length();
        int e = Runs.letters(s, 0);
        int afterMonth = Runs.optional(s, e, '.');
        int i = Runs.spaces(s, afterMonth);
        if (e < 3 || e > 9 || i == afterMonth) {
            return null;
        }
        g[1] = s.substring(0, e);
        e = Runs.digits(s, i);
        int afterDay = Runs.optional(s, e, ',');
        int spaced = Runs.spaces(s, afterDay);
        if (e - i < 1 || e - i > 2 || spaced == afterDay) {
            return null;
        }
        g[2] = s.substring(i, e);
        i = Runs.clock(s, spaced, g);
        if (i < 0) {
            return null;
        }
        i = Runs.spaces(s, i);
        if (i == n) {
            return g;
        }
        e = Runs.letters(s, i);
        if (e == i || e - i > 5) {
            return null;
        }
        if (e < n && (s.charAt(e) == '+' || s.charAt(e) == '-')) {
            int d = Runs.digits(s, e + 1);
            if (d - e - 1 < 1 || d - e - 1 > 4) {
                return null;
            }
            e = d;
        }
        if (e != n) {
            return null;
        }
        g[7] = s.substring(i, e);
        return g;
    }

    /** {@code Mar 9, 17:58 UTC} in the year that puts it nearest to {@code reference}; null if unreadable. */
    public static @Nullable Instant when(String text, @Nullable Instant reference) {
        String[] g = groups(text.trim());
        if (g == null) {
            return null;
        }
        int month = FeedDates.month(g[1]);
        ZoneOffset offset = FeedDates.offset(g[7]);
        if (month == 0 || offset == null || (g[3] == null && reference == null)) {
            return null;
        }
        int day = Integer.parseInt(g[2]);
        int hour = Integer.parseInt(g[4]);
        int minute = Integer.parseInt(g[5]);
        int second = g[6] == null ? 0 : Integer.parseInt(g[6]);
        if (g[3] != null) {
            return at(Integer.parseInt(g[3]), month, day, hour, minute, second, offset);
        }
        Objects.requireNonNull(reference); // without a year, the check above saw one
        int year = reference.atOffset(offset).getYear();
        if (year > 0 && year < 9999) {
            return nearest(year, month, day, hour, minute, second, offset, reference);
        }
        Instant best = null;
        for (int y = year - 1; y <= year + 1; y++) {
            Instant candidate = at(y, month, day, hour, minute, second, offset);
            if (candidate != null && (best == null || distance(candidate, reference).compareTo(distance(best, reference)) < 0)) {
                best = candidate;
            }
        }
        return best;
    }

    /**
     * The same choice as the loop over {@link #at} in {@link #when} (the valid candidate of the years around
     * {@code year} nearest to the reference, the earliest on a tie), by arithmetic instead of date objects.
     */
    private static @Nullable Instant nearest(int year, int month, int day, int hour, int minute, int second,
            ZoneOffset offset, Instant reference) {
        if (day < 1 || hour > 23 || minute > 59 || second > 59) {
            return null;
        }
        long bestSeconds = 0;
        long bestDistance = -1;
        for (int y = year - 1; y <= year + 1; y++) {
            if (day > Timestamps.monthLength(y, month)) {
                continue;
            }
            long seconds = Timestamps.epochDay(y, month, day) * 86_400 + hour * 3600 + minute * 60 + second
                    - offset.getTotalSeconds();
            long distance = Math.abs((seconds - reference.getEpochSecond()) * 1_000_000_000L - reference.getNano());
            if (bestDistance < 0 || distance < bestDistance) {
                bestSeconds = seconds;
                bestDistance = distance;
            }
        }
        return bestDistance < 0 ? null : Instant.ofEpochSecond(bestSeconds);
    }

    private static @Nullable Instant at(int year, int month, int day, int hour, int minute, int second,
            ZoneOffset offset) {
        try {
            return LocalDateTime.of(year, month, day, hour, minute, second).toInstant(offset);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static Duration distance(Instant a, Instant b) {
        return Duration.between(a, b).abs();
    }
}
