package org.statustray.source;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.statustray.model.Impact;
import org.statustray.model.Incident;
import org.statustray.model.Maintenance;
import org.statustray.model.Status;

/**
 * How people read a status feed, in one place for every feed-based reader (feed, azure, aws-rss): which
 * words close an entry, what an item's own status words say, and when an entry is too old to be news.
 *
 * <p>Closing words: {@code resolved}, {@code completed}, {@code closed}, {@code fixed}, {@code restored},
 * {@code recovered}, {@code mitigated}, in any case. A title (or a text's first line) says its entry is
 * closed when such a word is bracketed anywhere ({@code [RESOLVED] x}, {@code (Fixed) x}, {@code x [Completed]}),
 * opens it followed by a colon, dash or bar or nothing ({@code Resolved: x}, {@code RESOLVED - x},
 * {@code Status: Resolved}), or ends it after one ({@code x - Resolved}). Bare, as the first word of a
 * sentence, only {@code Resolved x} and {@code Mitigated x} count: the others are as often adjectives
 * ({@code Closed beta launch}, {@code Fixed IP addresses unreachable}, {@code Completed orders missing}).
 * Whole words only: {@code Resolving DNS issues} is not closed. Chinese pages bracket theirs the same way
 * ({@code 方舟大模型服务平台异常(已恢复)}, full-width brackets too).
 */
final class FeedRules {
    /** An incident with no update for longer than this is history, however it was left. */
    static final Duration QUIET_INCIDENT = Duration.ofDays(3);
    /** A feed whose newest entry is older than this has stopped being updated. */
    static final Duration STALE_FEED = Duration.ofDays(90);

    static final Set<String> CLOSING_WORDS =
            Set.of("resolved", "completed", "closed", "fixed", "restored", "recovered", "mitigated");
    /** Update labels that end an entry: the closing words and Statuspage's {@code Postmortem}. */
    private static final Set<String> CLOSING_LABELS = Set.of("resolved", "completed", "complete", "closed", "fixed",
            "restored", "recovered", "mitigated", "postmortem", "issue_resolved", "service_restored");
    /** Status words that say an item is still open, whatever its severity words say. */
    private static final Set<String> OPEN_WORDS = Set.of("active", "open", "ongoing", "unresolved", "investigating",
            "identified", "monitoring", "in_progress", "verifying", "scheduled", "update");
    /** Severity words that mean all is well, beside those {@link StatusWords} already knows. */
    private static final Set<String> AVAILABLE_WORDS = Set.of("available", "operational", "ok", "up", "none", "good",
            "normal", "healthy", "all_good");

    private static final String WORDS = "(?:resolved|completed|closed|fixed|restored|recovered|mitigated)";
    /** Chinese pages close items the same way: 已恢复 (recovered), 已解决 (resolved), 已修复 (fixed). */
    private static final String CJK_WORDS = "(?:已恢复|已解决|已修复|已恢復|已解決)";
    private static final Pattern BRACKETED = Pattern.compile(
            "(?i)[\\[(（【]\\s{0,5}(?:" + WORDS + "|" + CJK_WORDS + ")\\s{0,5}[\\])）】]");
    private static final Pattern LEADING = Pattern.compile(
            "(?i)\\s{0,20}(?:status\\s{0,5}:\\s{0,5})?(" + WORDS + ")(?![\\p{L}\\p{N}_])\\s{0,5}([:\\-–—|]|$)?");
    private static final Pattern TRAILING = Pattern.compile("(?i)(?:\\s[\\-–—|]|:)\\s{0,5}" + WORDS + "\\s{0,5}[.!]?\\s{0,5}$");
    private static final Set<String> BARE = Set.of("resolved", "mitigated");
    /** Past this, a title is not scanned for a closing word at its end (bounded work on hostile input). */
    private static final int MAX_SCAN = 2_000;

    private FeedRules() {
    }

    /** True when a title (or a line of text) says its entry is over, by the rules above. */
    static boolean saysClosed(@Nullable String title) {
        if (title == null || title.isBlank()) {
            return false;
        }
        String line = firstLine(title);
        Matcher leading = LEADING.matcher(line);
        if (leading.lookingAt()) {
            boolean marked = leading.group(2) != null;
            boolean bare = BARE.contains(leading.group(1).toLowerCase(Locale.ROOT)) && leading.end() < line.length();
            if (marked || bare) {
                return true;
            }
        }
        return BRACKETED.matcher(line).find()
                || (line.length() <= MAX_SCAN && TRAILING.matcher(line).find());
    }

    /** True for an update label that ends an entry ({@code Resolved}, {@code Completed}, {@code Postmortem}). */
    static boolean isClosingLabel(@Nullable String label) {
        return label != null && CLOSING_LABELS.contains(StatusWords.normal(label));
    }

    /** What an item's own status words say about it: closed, open, or nothing; and how bad, when they grade it. */
    record Reading(@Nullable Boolean closed, @Nullable Impact impact) {
        static final Reading NOTHING = new Reading(null, null);
    }

    /**
     * Reads an item's categories and status elements. A closing word closes it; else an open phase
     * ({@code active}, {@code investigating} …) keeps it open; else severity words that all say "available"
     * close it. Severity words grade the item's impact through {@link StatusWords}; other words (topics,
     * dates, {@code Incident}) say nothing.
     */
    static Reading statusWords(List<String> statusWords) {
        boolean closing = false;
        boolean open = false;
        boolean fine = false;
        Impact worst = null;
        for (String word : statusWords) {
            String w = StatusWords.normal(word);
            if (CLOSING_LABELS.contains(w)) {
                closing = true;
            } else if (OPEN_WORDS.contains(w)) {
                open = true;
            } else if (AVAILABLE_WORDS.contains(w)) {
                fine = true;
            } else {
                Status guessed = StatusWords.guessStatus(w);
                Impact impact = guessed == Status.MAINTENANCE ? null : StatusWords.guessImpact(w);
                if (impact == Impact.NONE) {
                    fine = true;
                } else if (impact != null && (worst == null || impact.ordinal() > worst.ordinal())) {
                    worst = impact;
                }
            }
        }
        Boolean closed = closing ? Boolean.TRUE : open ? Boolean.FALSE : fine && worst == null ? Boolean.TRUE : null;
        Impact impact = worst != null ? worst : fine ? Impact.NONE : null;
        return closed == null && impact == null ? Reading.NOTHING : new Reading(closed, impact);
    }

    /** Active, and updated within {@link #QUIET_INCIDENT} of {@code fetchedAt} (or carrying no time at all). */
    static boolean isCurrent(Incident i, Instant fetchedAt) {
        Instant last = i.updated() != null ? i.updated() : i.started();
        return i.isActive() && (last == null || !last.plus(QUIET_INCIDENT).isBefore(fetchedAt));
    }

    /**
     * Open, and not past: a maintenance whose end has come is history; one under way with no end given
     * is history once it has gone {@link #QUIET_INCIDENT} without an update, as an incident would.
     */
    static boolean isCurrent(Maintenance m, Instant fetchedAt) {
        if (!m.isOpen()) {
            return false;
        }
        if (m.ends() != null) {
            return m.ends().isAfter(fetchedAt);
        }
        Instant last = lastUpdate(m);
        return !m.isInProgress() || last == null || !last.plus(QUIET_INCIDENT).isBefore(fetchedAt);
    }

    /** True when the newest entry is more than {@link #STALE_FEED} older than the read. */
    static boolean looksStale(Instant newest, Instant fetchedAt) {
        return newest.plus(STALE_FEED).isBefore(fetchedAt);
    }

    /** The description of a stale feed: {@code feed looks stale: newest entry 2025-01-03} (UTC date). */
    static String staleNote(Instant newest) {
        return "feed looks stale: newest entry " + LocalDate.ofInstant(newest, ZoneOffset.UTC);
    }

    private static @Nullable Instant lastUpdate(Maintenance m) {
        Instant last = m.starts();
        for (var u : m.updates()) {
            if (u.at() != null && (last == null || u.at().isAfter(last))) {
                last = u.at();
            }
        }
        return last;
    }

    private static String firstLine(String text) {
        String t = text.strip();
        int nl = t.indexOf('\n');
        return nl < 0 ? t : t.substring(0, nl).strip();
    }
}
