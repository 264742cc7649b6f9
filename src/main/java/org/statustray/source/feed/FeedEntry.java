package org.statustray.source.feed;

import java.time.Instant;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.statustray.source.text.HtmlText;
import org.statustray.source.text.Runs;

/**
 * One RSS item or Atom entry, reduced to what the readers use. {@code title} is plain text;
 * {@code html} is the body as the feed carries it (usually HTML, possibly plain text); times may be null.
 */
public record FeedEntry(@Nullable String id, @Nullable String title, @Nullable String link, @Nullable Instant published,
        @Nullable Instant updated, @Nullable String html) {
    private static final Pattern SAYS_RESOLVED =
            Pattern.compile("(?is)(?:.*\\[(?:resolved|completed)\\].*|\\s*(?:resolved|completed)\\s*[:\\-–—].*)");

    /** The item's text: its HTML body as plain text. */
    public String text() {
        return HtmlText.toText(html);
    }

    /** The newest time the entry carries: {@code updated}, else {@code published}. */
    public @Nullable Instant latest() {
        return updated != null ? updated : published;
    }

    /** True when the text says the matter is over: {@code [RESOLVED] …}, {@code Resolved: …}. */
    public static boolean saysResolved(@Nullable String text) {
        return text != null && mightSayResolved(text) && SAYS_RESOLVED.matcher(text).matches();
    }

    /** False only when the pattern cannot match: no {@code [} at all, and no word starting with r or c first. */
    private static boolean mightSayResolved(String text) {
        if (text.indexOf('[') >= 0) {
            return true;
        }
        int i = Runs.spaces(text, 0);
        return i < text.length() && "rRcC".indexOf(text.charAt(i)) >= 0;
    }
}
