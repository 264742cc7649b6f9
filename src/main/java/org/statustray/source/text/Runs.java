package org.statustray.source.text;

import org.jspecify.annotations.Nullable;

/**
 * Runs of ASCII letters, ASCII digits and regex white space ({@code \s}, no Unicode classes), as the
 * hand-written readers of dates and markup step over them: each returns the index where the run ends.
 */
public final class Runs {
    private Runs() {
    }

    public static int letters(String s, int i) {
        while (i < s.length() && isLetter(s.charAt(i))) {
            i++;
        }
        return i;
    }

    public static int digits(String s, int i) {
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        return i;
    }

    public static int spaces(String s, int i) {
        while (i < s.length() && HtmlMarkup.isRegexSpace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    public static int spaces(char[] s, int i) {
        while (i < s.length && HtmlMarkup.isRegexSpace(s[i])) {
            i++;
        }
        return i;
    }

    /** {@code c} at {@code i}: the index after it, else {@code i}. */
    public static int optional(String s, int i, char c) {
        return i < s.length() && s.charAt(i) == c ? i + 1 : i;
    }

    /**
     * A clock time from {@code i}, {@code H:MM} or {@code HH:MM:SS}, into the groups the date readers share:
     * hour {@code g[4]}, minute {@code g[5]}, second {@code g[6]} (left null without seconds). Answers the
     * index after it, or -1 when there is none.
     */
    public static int clock(String s, int i, @Nullable String[] g) {
        int e = digits(s, i);
        if (e - i < 1 || e - i > 2 || e >= s.length() || s.charAt(e) != ':') {
            return -1;
        }
        g[4] = s.substring(i, e);
        i = e + 1;
        e = digits(s, i);
        if (e - i != 2) {
            return -1;
        }
        g[5] = s.substring(i, e);
        i = e;
        if (i < s.length() && s.charAt(i) == ':') {
            e = digits(s, i + 1);
            if (e - i - 1 != 2) {
                return -1;
            }
            g[6] = s.substring(i + 1, e);
            i = e;
        }
        return i;
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
