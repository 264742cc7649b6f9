package org.statustray.source;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.statustray.model.IncidentUpdate;

/**
 * The update list Statuspage (and Instatus) history feeds embed in an entry's HTML body, newest first:
 * {@code <small>Mar <var data-var='date'> 9</var>, <var data-var='time'>17:58</var> UTC</small><br>
 * <strong>Resolved</strong> - text}. The times carry no year; it is taken from the entry's own date.
 */
final class EmbeddedUpdates {
    // bounded quantifiers keep a hostile body from making the scan quadratic
    private static final Pattern POST = Pattern.compile(
            "(?is)<small>(.{0,300}?)</small>\\s*(?:<br\\s*/?>\\s*){0,3}<strong>(.{0,100}?)</strong>(.*?)(?=<small>|\\z)");
    private static final Pattern WHEN = Pattern.compile(
            "([A-Za-z]{3,9})\\.?\\s+(\\d{1,2}),?\\s+(?:(\\d{4}),?\\s+)?(\\d{1,2}):(\\d{2})(?::(\\d{2}))?"
                    + "\\s*([A-Za-z]{1,5}(?:[+-]\\d{1,4})?)?.*", Pattern.DOTALL);

    private EmbeddedUpdates() {
    }

    /**
     * The posts oldest first, each with its label lower-cased as status ({@code investigating},
     * {@code update}, {@code in_progress} …) and its text; empty when the body has no such list.
     * {@code reference} is a time near the posts (the entry's date) to place them in a year.
     */
    static List<IncidentUpdate> parse(String html, Instant reference) {
        List<IncidentUpdate> posts = new ArrayList<>();
        if (html == null) {
            return posts;
        }
        Matcher m = POST.matcher(html);
        while (m.find()) {
            String label = StatusWords.normal(HtmlText.toText(m.group(2)));
            String text = HtmlText.toText(m.group(3)).replaceFirst("^[-–—:]\\s*", "");
            Instant at = when(HtmlText.toText(m.group(1)), reference);
            posts.add(new IncidentUpdate(null, label.isEmpty() ? "update" : label, at, at, text));
        }
        Collections.reverse(posts);
        return posts;
    }

    /** {@code Mar 9, 17:58 UTC} in the year that puts it nearest to {@code reference}; null if unreadable. */
    static Instant when(String text, Instant reference) {
        Matcher m = WHEN.matcher(text.trim());
        if (!m.matches()) {
            return null;
        }
        int month = FeedDates.month(m.group(1));
        ZoneOffset offset = FeedDates.offset(m.group(7));
        if (month == 0 || offset == null || (m.group(3) == null && reference == null)) {
            return null;
        }
        int day = Integer.parseInt(m.group(2));
        int hour = Integer.parseInt(m.group(4));
        int minute = Integer.parseInt(m.group(5));
        int second = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
        if (m.group(3) != null) {
            return at(Integer.parseInt(m.group(3)), month, day, hour, minute, second, offset);
        }
        int year = reference.atOffset(offset).getYear();
        Instant best = null;
        for (int y = year - 1; y <= year + 1; y++) {
            Instant candidate = at(y, month, day, hour, minute, second, offset);
            if (candidate != null && (best == null || distance(candidate, reference).compareTo(distance(best, reference)) < 0)) {
                best = candidate;
            }
        }
        return best;
    }

    private static Instant at(int year, int month, int day, int hour, int minute, int second, ZoneOffset offset) {
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
