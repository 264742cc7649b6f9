package org.statustray.source;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;
import org.statustray.model.IncidentUpdate;
import org.statustray.source.text.HtmlText;
import org.statustray.source.text.Runs;
import org.statustray.source.time.PostTimes;
import org.jspecify.annotations.Nullable;

/**
 * The update list Statuspage (and Instatus) history feeds embed in an entry's HTML body, newest first:
 * {@code <small>Mar <var data-var='date'> 9</var>, <var data-var='time'>17:58</var> UTC</small><br>
 * <strong>Resolved</strong> - text}. The times carry no year; it is taken from the entry's own date.
 */
final class EmbeddedUpdates {
    // The definition of a post, read by hand in post(); bounded quantifiers keep the scan linear.
    static final Pattern POST = Pattern.compile(
            "(?is)<small>(.{0,300}?)</small>\\s*(?:<br\\s*/?>\\s*){0,3}<strong>(.{0,100}?)</strong>(.*?)(?=<small>|\\z)");

    private static final char[] SMALL = "<small>".toCharArray();
    private static final char[] SMALL_END = "</small>".toCharArray();
    private static final char[] STRONG = "<strong>".toCharArray();
    private static final char[] STRONG_END = "</strong>".toCharArray();
    private static final char[] BR = "<br".toCharArray();

    private EmbeddedUpdates() {
    }

    /**
     * The posts oldest first, each with its label lower-cased as status ({@code investigating},
     * {@code update}, {@code in_progress} …) and its text; empty when the body has no such list.
     * {@code reference} is a time near the posts (the entry's date) to place them in a year.
     */
    static List<IncidentUpdate> parse(@Nullable String html, @Nullable Instant reference) {
        return parse(html, reference, true);
    }

    /** As {@link #parse(String, Instant)}; without {@code bodies}, each post's text is left empty. */
    static List<IncidentUpdate> parse(@Nullable String html, @Nullable Instant reference, boolean bodies) {
        List<IncidentUpdate> posts = new ArrayList<>();
        if (html == null) {
            return posts;
        }
        char[] a = html.toCharArray(); // read and cut as characters once, not as a substring per part
        for (int[] post : bounds(a)) {
            String label = StatusWords.normal(HtmlText.toText(a, post[2], post[3]));
            String text = bodies ? withoutLeadingDash(HtmlText.toText(a, post[4], post[5])) : "";
            Instant at = PostTimes.when(HtmlText.toText(a, post[0], post[1]), reference);
            posts.add(new IncidentUpdate(null, label.isEmpty() ? "update" : label, at, at, text));
        }
        Collections.reverse(posts);
        return posts;
    }

    /**
     * Where the posts are, in order: for each, the bounds of its time, label and text, as the successive
     * finds of {@link #POST} give its groups 1, 2 and 3. Written out by hand, as the pattern costs a
     * backtracking search per post; the pattern stays the definition.
     */
    static List<int[]> bounds(String html) {
        return bounds(html.toCharArray());
    }

    private static List<int[]> bounds(char[] html) {
        List<int[]> found = new ArrayList<>();
        int from = 0;
        while ((from = indexOf(html, SMALL, from, html.length)) >= 0) {
            int[] post = post(html, from);
            if (post == null) {
                from++;
            } else {
                found.add(post);
                from = post[5];
            }
        }
        return found;
    }

    /**
     * The post starting at {@code start} (a {@code <small>}) as {@link #POST} reads it: the bounds of its
     * time, label and text; null when the pattern does not match there.
     */
    private static int @Nullable [] post(char[] s, int start) {
        int timeFrom = start + SMALL.length;
        int closeLimit = timeFrom + 2 * 300; // 300 code points are at most 600 chars
        for (int close = indexOf(s, SMALL_END, timeFrom, closeLimit); close >= 0 && within(s, timeFrom, close, 300);
                close = indexOf(s, SMALL_END, close + 1, closeLimit)) {
            int i = Runs.spaces(s, close + SMALL_END.length);
            for (int br = 0; br < 3; br++) {
                int after = lineBreak(s, i);
                if (after < 0) {
                    break;
                }
                i = Runs.spaces(s, after);
            }
            if (!startsWith(s, i, STRONG)) {
                continue;
            }
            int labelFrom = i + STRONG.length;
            int labelTo = indexOf(s, STRONG_END, labelFrom, labelFrom + 2 * 100);
            if (labelTo < 0 || !within(s, labelFrom, labelTo, 100)) {
                continue;
            }
            int textFrom = labelTo + STRONG_END.length;
            int next = indexOf(s, SMALL, textFrom, s.length);
            int textTo = next < 0 ? s.length : next;
            return new int[] {timeFrom, close, labelFrom, labelTo, textFrom, textTo};
        }
        return null;
    }

    /** {@code <br\s*\/?>} at {@code i}: the index after it, else -1. */
    private static int lineBreak(char[] s, int i) {
        if (!startsWith(s, i, BR)) {
            return -1;
        }
        int j = Runs.spaces(s, i + BR.length);
        if (j < s.length && s[j] == '/') {
            j++;
        }
        return j < s.length && s[j] == '>' ? j + 1 : -1;
    }

    /** At most {@code max} characters (code points, as {@code .} counts) between the bounds. */
    private static boolean within(char[] s, int from, int to, int max) {
        return to - from <= max || to - from <= 2 * max && Character.codePointCount(s, from, to - from) <= max;
    }

    /** {@code word} (lower case ASCII) at {@code i}, ASCII letters compared without case as {@code (?i)} does. */
    private static boolean startsWith(char[] s, int i, char[] word) {
        if (i + word.length > s.length) {
            return false;
        }
        for (int k = 0; k < word.length; k++) {
            char c = s[i + k];
            char w = word[k];
            if (c != w && !(((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) && (c | 0x20) == w)) {
                return false;
            }
        }
        return true;
    }

    /** The first {@code word} (see {@link #startsWith}) starting in {@code [from, limit]}, else -1. */
    private static int indexOf(char[] s, char[] word, int from, int limit) {
        int last = Math.min(limit, s.length - word.length);
        for (int i = from; i <= last; i++) {
            if (s[i] == '<' && startsWith(s, i, word)) {
                return i;
            }
        }
        return -1;
    }

    /** The text less a leading dash or colon and the white space after it. */
    private static String withoutLeadingDash(String text) {
        if (text.isEmpty() || "-–—:".indexOf(text.charAt(0)) < 0) {
            return text;
        }
        return text.substring(Runs.spaces(text, 1));
    }
}
