package org.statustray.source;

/**
 * Runs of ASCII letters, ASCII digits and regex white space ({@code \s}, no Unicode classes), as the
 * hand-written readers of dates and markup step over them: each returns the index where the run ends.
 */
final class Runs {
    private Runs() {
    }

    static int letters(String s, int i) {
        while (i < s.length() && isLetter(s.charAt(i))) {
            i++;
        }
        return i;
    }

    static int digits(String s, int i) {
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        return i;
    }

    static int spaces(String s, int i) {
        while (i < s.length() && HtmlMarkup.isRegexSpace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** {@code c} at {@code i}: the index after it, else {@code i}. */
    static int optional(String s, int i, char c) {
        return i < s.length() && s.charAt(i) == c ? i + 1 : i;
    }

    static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
