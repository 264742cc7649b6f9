package org.statustray.source.text;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Plain text from the HTML fragments feeds put in their entry bodies: tags dropped, {@code <br>} and block
 * edges ({@code </p>}, {@code </li>} …) turned into new lines, entities decoded, blank runs collapsed. A body
 * without any tag is taken as plain text and keeps its own line breaks. The result is text to show, never
 * markup.
 */
public final class HtmlText {
    private static final Map<String, String> NAMED = Map.ofEntries(
            Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("quot", "\""),
            Map.entry("apos", "'"), Map.entry("nbsp", " "), Map.entry("ndash", "–"), Map.entry("mdash", "—"),
            Map.entry("lsquo", "‘"), Map.entry("rsquo", "’"), Map.entry("ldquo", "“"), Map.entry("rdquo", "”"),
            Map.entry("hellip", "…"), Map.entry("bull", "•"), Map.entry("middot", "·"), Map.entry("copy", "©"));

    private static final byte NBSP = (byte) 0xA0;

    private HtmlText() {
    }

    public static String toText(@Nullable String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        String plain = alreadyPlain(html);
        if (plain != null) {
            return plain;
        }
        char[] a = html.toCharArray();
        int n = a.length;
        if (html.indexOf('<') >= 0) {
            n = HtmlMarkup.flattenInPlace(a);
            if (n < 0) {
                a = HtmlMarkup.byRegex(html).toCharArray();
                n = a.length;
            }
        }
        return collapse(a, decodeEntities(a, n));
    }

    /**
     * {@code toText(new String(src, from, to - from))} without that string: for a caller that holds the
     * text as characters already and converts many ranges of it (the posts of a feed entry).
     */
    public static String toText(char[] src, int from, int to) {
        int nonBlank = from;
        while (nonBlank < to && Character.isWhitespace(src[nonBlank])) {
            nonBlank++;
        }
        if (nonBlank == to) {
            return "";
        }
        int start = from;
        int end = to;
        while (start < end && trimmed(src[start])) {
            start++;
        }
        while (end > start && trimmed(src[end - 1])) {
            end--;
        }
        boolean plain = start < end;
        boolean markup = false;
        char previous = 'x';
        for (int i = start; i < end; i++) {
            char c = src[i];
            if (c == '<') {
                markup = true; // the markup way reads it all: no need to look further
                plain = false;
                break;
            }
            plain &= c <= ' ' ? c == ' ' && previous != ' ' : c != '&' && c != '\u00A0';
            previous = c;
        }
        if (plain) {
            return new String(src, start, end - start);
        }
        char[] a = Arrays.copyOfRange(src, from, to);
        int n = a.length;
        if (markup) {
            n = HtmlMarkup.flattenInPlace(a);
            if (n < 0) {
                a = HtmlMarkup.byRegex(new String(src, from, to - from)).toCharArray();
                n = a.length;
            }
        }
        return collapse(a, decodeEntities(a, n));
    }

    /**
     * The text itself, less what the trim in {@link #collapse} removes, when nothing else would change it
     * (no tag, entity, line end, tab or no-break space, no two spaces in a row): most titles, labels and
     * plain bodies. Null for any other text, which takes the full way. Saves four passes and three copies.
     */
    private static @Nullable String alreadyPlain(String s) {
        // Latin-1 bytes: a copy for Latin-1 text, and faster to walk than charAt under C1. Every character
        // this looks for is Latin-1; any other becomes '?', which it does not look for.
        byte[] b = s.getBytes(StandardCharsets.ISO_8859_1);
        if (b.length != s.length()) {
            return null; // a surrogate pair became one '?': the indexes would not be the text's
        }
        int from = 0;
        int to = b.length;
        while (from < to && trimmed(b[from])) {
            from++;
        }
        while (to > from && trimmed(b[to - 1])) {
            to--;
        }
        if (from == to) {
            return null;
        }
        byte previous = 'x';
        for (int i = from; i < to; i++) {
            byte c = b[i];
            if (c >= 0 && c <= ' ' ? c != ' ' || previous == ' ' : c == '<' || c == '&' || c == NBSP) {
                return null;
            }
            previous = c;
        }
        return from == 0 && to == s.length() ? s : s.substring(from, to);
    }

    private static boolean trimmed(byte c) {
        return (c >= 0 && c <= ' ') || c == NBSP;
    }

    /**
     * {@code &name;}, {@code &#ddd;} (1–7 digits) and {@code &#xhhh;} (1–6 hex digits) decoded once, in place (a
     * reference never decodes to more characters than it has); unknown names stay as written. The new length.
     */
    private static int decodeEntities(char[] a, int n) {
        int w = 0;
        int i = 0;
        while (i < n) {
            char c = a[i];
            int end = c == '&' ? entityEnd(a, i, n) : -1;
            if (end < 0) {
                a[w++] = c;
                i++;
                continue;
            }
            String decoded = entity(new String(a, i + 1, end - i - 2), new String(a, i, end - i));
            for (int k = 0; k < decoded.length(); k++) {
                a[w++] = decoded.charAt(k);
            }
            i = end;
        }
        return w;
    }

    /** The index after the {@code ;} of the entity reference at {@code amp}, or -1 when there is none. */
    private static int entityEnd(char[] a, int amp, int n) {
        int i = amp + 1;
        if (i < n && a[i] == '#') {
            boolean hex = i + 1 < n && (a[i + 1] == 'x' || a[i + 1] == 'X');
            int from = hex ? i + 2 : i + 1;
            int j = from;
            while (j < n && (hex ? isHexDigit(a[j]) : isDigit(a[j]))) {
                j++;
            }
            int count = j - from;
            return count >= 1 && count <= (hex ? 6 : 7) && j < n && a[j] == ';' ? j + 1 : -1;
        }
        int j = i;
        while (j < n && isAsciiLetter(a[j])) {
            j++;
        }
        int count = j - i;
        return count >= 2 && count <= 8 && j < n && a[j] == ';' ? j + 1 : -1;
    }

    private static String entity(String name, String whole) {
        if (name.charAt(0) != '#') {
            return NAMED.getOrDefault(name.toLowerCase(Locale.ROOT), whole);
        }
        boolean hex = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X');
        int code = Integer.parseInt(name.substring(hex ? 2 : 1), hex ? 16 : 10);
        if (code == 0xA0) {
            return " ";
        }
        boolean printable = Character.isValidCodePoint(code) && !Character.isISOControl(code)
                && (code < 0xD800 || code > 0xDFFF);
        return printable || code == '\n' || code == '\t' ? new String(Character.toChars(code)) : "";
    }

    /**
     * Spaces folded within lines, lines trimmed, at most one blank line in a row, none at either end.
     * Lines end at LF, CR LF or CR; within a line a run of spaces, tabs, form or line feeds and no-break
     * spaces is one space, and everything up to a space (controls included) is trimmed from both ends.
     */
    private static String collapse(char[] a, int n) {
        char[] out = new char[n];
        int w = 0;
        boolean blank = false;
        int start = 0;
        while (start <= n) {
            int end = start;
            while (end < n && a[end] != '\n' && a[end] != '\r') {
                end++;
            }
            int from = start;
            int to = end;
            while (from < to && trimmed(a[from])) {
                from++;
            }
            while (to > from && trimmed(a[to - 1])) {
                to--;
            }
            if (from == to) {
                blank = true;
            } else {
                if (w > 0) {
                    out[w++] = '\n';
                    if (blank) {
                        out[w++] = '\n';
                    }
                }
                w = fold(a, from, to, out, w);
                blank = false;
            }
            start = end + (end + 1 < n && a[end] == '\r' && a[end + 1] == '\n' ? 2 : 1);
        }
        return new String(out, 0, w);
    }

    /** What {@code trim()} removes once no-break spaces are spaces. */
    private static boolean trimmed(char c) {
        return c <= ' ' || c == '\u00A0';
    }

    private static int fold(char[] a, int from, int to, char[] out, int w) {
        int i = from;
        while (i < to) {
            char c = a[i];
            if (isFoldedSpace(c)) {
                do {
                    i++;
                } while (i < to && isFoldedSpace(a[i]));
                out[w++] = ' ';
            } else {
                out[w++] = c;
                i++;
            }
        }
        return w;
    }

    private static boolean isFoldedSpace(char c) {
        return c == ' ' || c == '\t' || c == '\f' || c == '\u000B' || c == '\u00A0';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isHexDigit(char c) {
        return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
