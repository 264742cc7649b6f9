package org.statustray.source.feed;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.statustray.source.text.HtmlText;

/**
 * One RSS item or Atom entry, reduced to what the readers use. {@code title} is plain text;
 * {@code html} is the body as the feed carries it (usually HTML, possibly plain text); times may be null.
 * {@code statusWords} are the item's own words for its state, as some vendors give them: its categories
 * ({@code <category>resolved</category>}, Atom {@code term}s) and {@code <status>} elements, trimmed, in order.
 */
public record FeedEntry(@Nullable String id, @Nullable String title, @Nullable String link, @Nullable Instant published,
        @Nullable Instant updated, @Nullable String html, List<String> statusWords) {

    public FeedEntry {
        statusWords = List.copyOf(statusWords);
    }

    /** An entry that carries no status words of its own. */
    public FeedEntry(@Nullable String id, @Nullable String title, @Nullable String link, @Nullable Instant published,
            @Nullable Instant updated, @Nullable String html) {
        this(id, title, link, published, updated, html, List.of());
    }

    /** The item's text: its HTML body as plain text. */
    public String text() {
        return HtmlText.toText(html);
    }

    /** The newest time the entry carries: {@code updated}, else {@code published}. */
    public @Nullable Instant latest() {
        return updated != null ? updated : published;
    }
}
