package org.statustray.source.text;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.statustray.source.text.HtmlText;

/**
 * {@link HtmlText} as it was written with regexes before it got its one-pass reading, kept unchanged as
 * the definition the faster code must match character for character.
 */
final class HtmlTextOracle {
    // Every pattern either matches or stops at the next '<', so a hostile body cannot make them quadratic:
    // an unclosed comment or script swallows the rest of the text rather than being retried at each '<'.
    private static final Pattern HIDDEN =
            Pattern.compile("(?is)<!--.*?(?:-->|\\z)|<(script|style)\\b[^<>]*>.*?(?:</\\1\\s*>|\\z)");
    private static final Pattern BREAK = Pattern.compile("(?i)<br\\b[^<>]*>");
    private static final Pattern BLOCK = Pattern.compile(
            "(?i)</?(?:p|div|li|ul|ol|tr|table|h[1-6]|blockquote|pre|section|article|header|footer)\\b[^<>]*>");
    private static final char BLOCK_EDGE = '\u0001';
    private static final Pattern TAG = Pattern.compile("</?[A-Za-z!?][^<>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z]{2,8});");
    private static final Map<String, String> NAMED = Map.ofEntries(
            Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("quot", "\""),
            Map.entry("apos", "'"), Map.entry("nbsp", " "), Map.entry("ndash", "–"), Map.entry("mdash", "—"),
            Map.entry("lsquo", "‘"), Map.entry("rsquo", "’"), Map.entry("ldquo", "“"), Map.entry("rdquo", "”"),
            Map.entry("hellip", "…"), Map.entry("bull", "•"), Map.entry("middot", "·"), Map.entry("copy", "©"));

    private HtmlTextOracle() {
    }

    static String toText(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        String s = HIDDEN.matcher(html).replaceAll("");
        if (TAG.matcher(s).find()) {
            // HTML: source new lines are mere spaces; <br> breaks a line; block edges, however many, make one
            s = BREAK.matcher(s.replaceAll("\\s+", " ")).replaceAll("\n");
            s = BLOCK.matcher(s).replaceAll(String.valueOf(BLOCK_EDGE));
            s = joinBlockEdges(TAG.matcher(s).replaceAll(""));
        }
        return collapse(decodeEntities(s));
    }

    /** A run of block edges and the white space around it becomes one new line (a loop: no regex backtracking). */
    private static String joinBlockEdges(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i++);
            if (c != BLOCK_EDGE) {
                out.append(c);
                continue;
            }
            while (out.length() > 0 && Character.isWhitespace(out.charAt(out.length() - 1))) {
                out.setLength(out.length() - 1);
            }
            out.append('\n');
            while (i < s.length() && (s.charAt(i) == BLOCK_EDGE || Character.isWhitespace(s.charAt(i)))) {
                i++;
            }
        }
        return out.toString();
    }

    static String decodeEntities(String s) {
        if (s.indexOf('&') < 0) {
            return s;
        }
        Matcher m = ENTITY.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(entity(m.group(1), m.group())));
        }
        m.appendTail(out);
        return out.toString();
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

    /** Spaces folded within lines, lines trimmed, at most one blank line in a row, none at either end. */
    private static String collapse(String s) {
        StringBuilder out = new StringBuilder();
        int blank = 0;
        for (String line : s.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
            String t = line.replace('\u00A0', ' ').replaceAll("[ \\t\\f\\u000B]+", " ").trim();
            if (t.isEmpty()) {
                blank++;
                continue;
            }
            if (out.length() > 0) {
                out.append(blank > 0 ? "\n\n" : "\n");
            }
            out.append(t);
            blank = 0;
        }
        return out.toString();
    }
}
