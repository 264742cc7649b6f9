package org.statustray.source.time;

import java.util.regex.Matcher;
import org.jspecify.annotations.Nullable;
import org.statustray.source.text.Runs;

/**
 * {@code Date.toString()} text cut into the groups of {@link JsDates#TO_STRING} (index 1 to 10: month,
 * day, year, hour, minute, second, milliseconds, offset sign, offset hours, offset minutes). The plain
 * form Instatus sends, {@code Sat Jun 11 2022 18:55:50 GMT+0000 (Coordinated Universal Time)}, is read by
 * hand; anything else by the pattern, which stays the definition.
 */
final class JsDateParts {
    private JsDateParts() {
    }

    /** The groups, or null when the pattern does not match the (trimmed) text. */
    static @Nullable String @Nullable [] groups(String s) {
        String[] quick = quickGroups(s);
        if (quick != null) {
            return quick;
        }
        Matcher m = JsDates.TO_STRING.matcher(s);
        if (!m.matches()) {
            return null;
        }
        String[] g = new String[11];
        for (int i = 1; i <= 10; i++) {
            g[i] = m.group(i);
        }
        return g;
    }

    /** {@code Www Mmm D YYYY HH:MM[:SS[.mmm]] [GMT|UTC|Z [±HHMM|±HH:MM|±HH]] [(zone name)]}; null for anything else. */
    static @Nullable String @Nullable [] quickGroups(String s) {
        String[] g = new String[11];
        int n = s.length();
        int e = Runs.letters(s, 0);
        int afterDay = Runs.optional(s, e, ',');
        int i = Runs.spaces(s, afterDay);
        if (e != 3 || i == afterDay) {
            return null;
        }
        e = Runs.letters(s, i);
        int spaced = Runs.spaces(s, e);
        if (e - i != 3 || spaced == e) {
            return null;
        }
        g[1] = s.substring(i, e);
        i = spaced;
        e = Runs.digits(s, i);
        int afterDate = Runs.optional(s, e, ',');
        spaced = Runs.spaces(s, afterDate);
        if (e - i < 1 || e - i > 2 || spaced == afterDate) {
            return null;
        }
        g[2] = s.substring(i, e);
        i = spaced;
        e = Runs.digits(s, i);
        spaced = Runs.spaces(s, e);
        if (e - i != 4 || spaced == e) {
            return null;
        }
        g[3] = s.substring(i, e);
        i = Runs.clock(s, spaced, g);
        if (i < 0) {
            return null;
        }
        if (g[6] != null && i < n && s.charAt(i) == '.') {
            e = Runs.digits(s, i + 1);
            if (e - i - 1 < 1 || e - i - 1 > 3) {
                return null;
            }
            g[7] = s.substring(i + 1, e);
            i = e;
        }
        i = Runs.spaces(s, i);
        i = zone(s, i, g);
        if (i < 0) {
            return null;
        }
        i = Runs.spaces(s, i);
        return i == n || zoneName(s, i) ? g : null;
    }

    /** After {@code GMT}, {@code UTC} or {@code Z}, an offset into groups 8 to 10: where the zone ends, or -1. */
    private static int zone(String s, int i, @Nullable String[] g) {
        int e = Runs.letters(s, i);
        String word = s.substring(i, e);
        if (e == i) {
            return i;
        }
        if (!word.equals("GMT") && !word.equals("UTC") && !word.equals("Z")) {
            return -1;
        }
        i = Runs.spaces(s, e);
        if (i >= s.length() || (s.charAt(i) != '+' && s.charAt(i) != '-')) {
            return i;
        }
        g[8] = s.substring(i, i + 1);
        int d = Runs.digits(s, i + 1);
        if (d - i - 1 == 4) {
            g[9] = s.substring(i + 1, i + 3);
            g[10] = s.substring(i + 3, d);
            return d;
        }
        if (d - i - 1 != 2) {
            return -1;
        }
        g[9] = s.substring(i + 1, d);
        if (d < s.length() && s.charAt(d) == ':') {
            int m = Runs.digits(s, d + 1);
            if (m - d - 1 != 2) {
                return -1;
            }
            g[10] = s.substring(d + 1, m);
            return m;
        }
        return Runs.digits(s, d) == d && (d == s.length() || !Character.isDigit(s.charAt(d))) ? d : -1;
    }

    /** {@code (…)} to the end: no line ends inside, as {@code .} does not cross them. */
    private static boolean zoneName(String s, int i) {
        if (s.charAt(i) != '(' || s.charAt(s.length() - 1) != ')' || s.length() - i < 2) {
            return false;
        }
        for (int k = i + 1; k < s.length() - 1; k++) {
            char c = s.charAt(k);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return false;
            }
        }
        return true;
    }
}
