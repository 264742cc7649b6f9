package org.statustray.source.text;

import java.util.regex.Pattern;

/**
 * The markup half of {@link HtmlText}: tags dropped, {@code <br>} made a new line, block edges marked
 * with {@link #BLOCK_EDGE} and then joined into one new line, source white-space runs made one space.
 * Feed bodies are nearly always plain tags, which one pass over the characters handles; anything else (a
 * comment, a script, a stray {@code <}) goes the regex way, which is the definition: the single pass
 * gives exactly what the regexes give, or declines.
 */
final class HtmlMarkup {
    static final char BLOCK_EDGE = '\u0001';
    // Every pattern either matches or stops at the next '<', so a hostile body cannot make them quadratic:
    // an unclosed comment or script swallows the rest of the text rather than being retried at each '<'.
    private static final Pattern HIDDEN =
            Pattern.compile("(?is)<!--.*?(?:-->|\\z)|<(script|style)\\b[^<>]*>.*?(?:</\\1\\s*>|\\z)");
    private static final Pattern BREAK = Pattern.compile("(?i)<br\\b[^<>]*>");
    private static final Pattern BLOCK = Pattern.compile(
            "(?i)</?(?:p|div|li|ul|ol|tr|table|h[1-6]|blockquote|pre|section|article|header|footer)\\b[^<>]*>");
    private static final Pattern TAG = Pattern.compile("</?[A-Za-z!?][^<>]*>");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    // as characters: under C1, String.charAt in these per-tag loops was a tenth of a feed's reading
    private static final char[][] BLOCKS = words("p", "div", "li", "ul", "ol", "tr", "table", "h1", "h2", "h3", "h4",
            "h5", "h6", "blockquote", "pre", "section", "article", "header", "footer");
    private static final char[] SCRIPT = "script".toCharArray();
    private static final char[] STYLE = "style".toCharArray();
    private static final char[] BR = "br".toCharArray();

    private HtmlMarkup() {
    }

    /** The definition, for text with at least one {@code <}: the flattened text, or the text less comments and scripts when it has no tag. */
    static String byRegex(String html) {
        String s = HIDDEN.matcher(html).replaceAll("");
        if (!TAG.matcher(s).find()) {
            return s;
        }
        s = BREAK.matcher(SPACES.matcher(s).replaceAll(" ")).replaceAll("\n");
        s = BLOCK.matcher(s).replaceAll(String.valueOf(BLOCK_EDGE));
        char[] chars = TAG.matcher(s).replaceAll("").toCharArray();
        return new String(chars, 0, joinBlockEdges(chars, chars.length));
    }

    /**
     * The same as {@link #byRegex} in one pass, in place, for text in which every {@code <} opens a tag that
     * closes before the next {@code <}, with no comment, declaration, script or style: the new length, or
     * -1 for any other text (the array is then spoilt).
     */
    static int flattenInPlace(char[] a) {
        int n = a.length;
        int w = 0;
        int i = 0;
        while (i < n) {
            char c = a[i];
            if (c == '<') {
                int close = tagClose(a, i);
                if (close < 0) {
                    return -1;
                }
                boolean closing = a[i + 1] == '/';
                int nameStart = closing ? i + 2 : i + 1;
                int nameEnd = nameStart;
                while (isAsciiWord(a[nameEnd])) {
                    nameEnd++;
                }
                if (a[nameEnd] >= 0x80) {
                    return -1; // a word boundary there depends on Unicode classes: let the regex judge
                }
                if (is(a, nameStart, nameEnd, SCRIPT) || is(a, nameStart, nameEnd, STYLE)) {
                    return -1;
                }
                if (!closing && is(a, nameStart, nameEnd, BR)) {
                    a[w++] = '\n';
                } else if (isBlock(a, nameStart, nameEnd)) {
                    a[w++] = BLOCK_EDGE;
                }
                i = close + 1;
            } else if (isRegexSpace(c)) {
                do {
                    i++;
                } while (i < n && isRegexSpace(a[i]));
                a[w++] = ' ';
            } else {
                a[w++] = c;
                i++;
            }
        }
        return joinBlockEdges(a, w);
    }

    /**
     * A run of block edges and the white space around it becomes one new line (a loop: no regex
     * backtracking), in place; the new length.
     */
    private static int joinBlockEdges(char[] a, int n) {
        int w = 0;
        int i = 0;
        while (i < n) {
            char c = a[i++];
            if (c != BLOCK_EDGE) {
                a[w++] = c;
                continue;
            }
            while (w > 0 && Character.isWhitespace(a[w - 1])) {
                w--;
            }
            a[w++] = '\n';
            while (i < n && (a[i] == BLOCK_EDGE || Character.isWhitespace(a[i]))) {
                i++;
            }
        }
        return w;
    }

    /** The index of the {@code >} closing the tag opened at {@code lt} as the TAG pattern reads it, else -1. */
    private static int tagClose(char[] a, int lt) {
        int i = lt + 1;
        if (i < a.length && a[i] == '/') {
            i++;
        }
        if (i >= a.length || !(isAsciiLetter(a[i]) || a[i] == '?' || a[i] == '!') || a[lt + 1] == '!') {
            return -1;
        }
        for (i++; i < a.length; i++) {
            char c = a[i];
            if (c == '>') {
                return i;
            }
            if (c == '<') {
                return -1;
            }
        }
        return -1;
    }

    private static boolean isBlock(char[] a, int from, int to) {
        int length = to - from;
        if (length == 0 || length > 10 || length == 4 || length == 8 || length == 9) {
            return false; // no block tag name has such a length
        }
        char first = (char) (a[from] | 0x20);
        for (char[] b : BLOCKS) {
            if (b[0] == first && is(a, from, to, b)) {
                return true;
            }
        }
        return false;
    }

    /** The run equals the word, ASCII letters compared without case (as {@code (?i)} does). */
    private static boolean is(char[] a, int from, int to, char[] word) {
        if (to - from != word.length) {
            return false;
        }
        for (int k = 0; k < word.length; k++) {
            char c = a[from + k];
            char w = word[k];
            if (c != w && !(isAsciiLetter(c) && (c | 0x20) == w)) {
                return false;
            }
        }
        return true;
    }

    private static char[][] words(String... words) {
        char[][] out = new char[words.length][];
        for (int i = 0; i < words.length; i++) {
            out[i] = words[i].toCharArray();
        }
        return out;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isAsciiWord(char c) {
        return isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '_';
    }

    /** {@code \s} without Unicode classes. */
    static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
