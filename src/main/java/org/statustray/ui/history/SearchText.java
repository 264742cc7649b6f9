package org.statustray.ui.history;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.statustray.ui.SafeText;

/**
 * The words a person sees in an incident body, for searching: what {@link SafeText#plainText} shows (tags,
 * comments, scripts and styles dropped, entities decoded, a Markdown link's address dropped), in one pass
 * without regular expressions. It keeps what does not change which words match (spacing, Markdown's
 * {@code **}); SafeText's reduction takes about a quarter of a millisecond a body, too slow for 40,000.
 */
final class SearchText {
    private static final Map<String, String> NAMED = Map.ofEntries(
            Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("quot", "\""),
            Map.entry("apos", "'"), Map.entry("nbsp", " "), Map.entry("ndash", "–"), Map.entry("mdash", "—"),
            Map.entry("lsquo", "‘"), Map.entry("rsquo", "’"), Map.entry("ldquo", "“"), Map.entry("rdquo", "”"),
            Map.entry("hellip", "…"), Map.entry("bull", "•"), Map.entry("middot", "·"), Map.entry("copy", "©"));

    private static final Set<String> BLOCKS = Set.of("br", "p", "div", "li", "ul", "ol", "tr", "table", "h1", "h2",
            "h3", "h4", "h5", "h6", "blockquote", "pre", "section", "article", "header", "footer");

    private SearchText() {
    }

    /** Appends the body's visible words to {@code out}. */
    static void append(String body, StringBuilder out) {
        if (body == null) {
            return;
        }
        if (body.indexOf('<') < 0 && body.indexOf('&') < 0 && body.indexOf(']') < 0) {
            out.append(body); // plain text, as most bodies are: copied whole
            return;
        }
        int n = body.length();
        int i = 0;
        int copied = 0; // body[copied, i) is plain text not yet appended
        while (i < n) {
            char c = body.charAt(i);
            int next = i;
            if (c == '<') {
                next = skipMarkup(body, i);
                if (next > i) {
                    out.append(body, copied, i);
                    if (breaksLine(body, i)) {
                        out.append(' ');
                    }
                }
            } else if (c == '&') {
                out.append(body, copied, i);
                copied = i;
                next = entity(body, i, out);
            } else if (c == ']' && (body.startsWith("](https://", i) || body.startsWith("](http://", i))) {
                int close = linkAddressEnd(body, i + 2);
                if (close > 0) {
                    out.append(body, copied, i);
                    next = close + 1;
                }
            }
            if (next > i) {
                i = next;
                copied = next;
            } else {
                i++;
            }
        }
        out.append(body, copied, n);
    }

    /** Where the comment, script, style or tag at {@code at} ends; {@code at} itself when it is no markup. */
    private static int skipMarkup(String s, int at) {
        if (s.startsWith("<!--", at)) {
            int end = s.indexOf("-->", at + 4);
            return end < 0 ? s.length() : end + 3;
        }
        for (String hidden : new String[] {"script", "style"}) {
            if (s.regionMatches(true, at + 1, hidden, 0, hidden.length()) && !letterAt(s, at + 1 + hidden.length())) {
                int end = indexOfIgnoreCase(s, "</" + hidden, at);
                if (end < 0) {
                    return s.length();
                }
                int gt = s.indexOf('>', end);
                return gt < 0 ? s.length() : gt + 1;
            }
        }
        if (at + 1 >= s.length()) {
            return at;
        }
        char first = s.charAt(at + 1);
        int nameAt = first == '/' ? at + 2 : at + 1;
        if (nameAt >= s.length() || !(letterAt(s, nameAt) || s.charAt(nameAt) == '!' || s.charAt(nameAt) == '?')) {
            return at;
        }
        for (int i = nameAt; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '>') {
                return i + 1;
            }
            if (c == '<') {
                return at;
            }
        }
        return at;
    }

    /** Whether the tag at {@code at} ends a line or a block (an inline tag joins the words either side). */
    private static boolean breaksLine(String s, int at) {
        int from = at + 1 < s.length() && s.charAt(at + 1) == '/' ? at + 2 : at + 1;
        int to = from;
        while (to < s.length() && (letterAt(s, to) || Character.isDigit(s.charAt(to)))) {
            to++;
        }
        return to == from || BLOCKS.contains(s.substring(from, to).toLowerCase(Locale.ROOT));
    }

    /** Decodes the entity at {@code at} into {@code out}; returns where it ends, or {@code at} when it is none. */
    private static int entity(String s, int at, StringBuilder out) {
        int semi = -1;
        for (int i = at + 1; i < s.length() && i <= at + 10 && semi < 0; i++) {
            semi = s.charAt(i) == ';' ? i : -1;
        }
        if (semi < 0 || semi == at + 1) {
            return at;
        }
        String name = s.substring(at + 1, semi);
        if (name.charAt(0) != '#') {
            String decoded = NAMED.get(name.toLowerCase(Locale.ROOT));
            if (decoded == null) {
                return at;
            }
            out.append(decoded);
            return semi + 1;
        }
        boolean hex = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X');
        try {
            int code = Integer.parseInt(name.substring(hex ? 2 : 1), hex ? 16 : 10);
            if (Character.isValidCodePoint(code) && !Character.isISOControl(code) && (code < 0xD800 || code > 0xDFFF)) {
                out.appendCodePoint(code == 0xA0 ? ' ' : code);
            }
            return semi + 1;
        } catch (NumberFormatException e) {
            return at;
        }
    }

    /** The index of the ')' closing a Markdown link address starting at {@code from}, or -1. */
    private static int linkAddressEnd(String s, int from) {
        for (int i = from; i < s.length() && i - from <= 2000; i++) {
            char c = s.charAt(i);
            if (c == ')') {
                return i;
            }
            if (c == '(' || Character.isWhitespace(c)) {
                return -1;
            }
        }
        return -1;
    }

    private static boolean letterAt(String s, int i) {
        if (i >= s.length()) {
            return false;
        }
        char c = s.charAt(i);
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static int indexOfIgnoreCase(String s, String what, int from) {
        for (int i = from; i <= s.length() - what.length(); i++) {
            if (s.regionMatches(true, i, what, 0, what.length())) {
                return i;
            }
        }
        return -1;
    }
}
