package org.statustray.source;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.statustray.source.text.Runs;

/**
 * The time line of an embedded post ({@code Mar 9, 17:58 UTC}, {@code Jun 5, 2026, 01:40:38 GMT+0}) cut
 * into its parts: month, day, year, hour, minute, second and zone, as {@link #WHEN} captures them.
 */
final class PostTimes {
    static final Pattern WHEN = Pattern.compile(
            "([A-Za-z]{3,9})\\.?\\s+(\\d{1,2}),?\\s+(?:(\\d{4}),?\\s+)?(\\d{1,2}):(\\d{2})(?::(\\d{2}))?"
                    + "\\s*([A-Za-z]{1,5}(?:[+-]\\d{1,4})?)?.*", Pattern.DOTALL);

    private PostTimes() {
    }

    /** Groups 1 to 7 of {@link #WHEN} matching the whole (trimmed) text; null when it does not match. */
    static String[] groups(String s) {
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
    static String[] quickGroups(String s) {
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
}
