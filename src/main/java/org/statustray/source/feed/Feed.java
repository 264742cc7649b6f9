package org.statustray.source.feed;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.statustray.source.UnreadableException;
import org.statustray.source.text.HtmlText;
import org.statustray.source.time.FeedDates;

/**
 * An RSS (2.0, 0.9x or 1.0) channel or an Atom feed, parsed safely and reduced to its title, link,
 * description and entries. Anything else is unreadable, which is how auto-detection tells feeds apart.
 */
public record Feed(boolean atom, @Nullable String title, @Nullable String link, @Nullable String description,
        List<FeedEntry> entries) {
    /** A status word is a word or two; a longer category is a topic or a sentence, not a state. */
    private static final int MAX_STATUS_WORD = 40;

    public Feed {
        entries = List.copyOf(entries);
    }

    public static Feed parse(byte[] body, URI url) throws UnreadableException {
        XmlElement root = SafeXml.parse(body);
        switch (root.name()) {
            case "rss":
            case "RDF":
                XmlElement channel = root.child("channel");
                if (channel == null) {
                    throw new UnreadableException("not an RSS feed: <" + root.name() + "> has no <channel>");
                }
                List<FeedEntry> items = new ArrayList<>();
                String generator = channel.childText("generator");
                boolean cstate = generator != null && generator.toLowerCase(Locale.ROOT).contains("cstate");
                // RSS 2.0 nests items in the channel; RSS 1.0 (RDF) puts them beside it
                for (XmlElement item : root.name().equals("rss") ? channel.children("item") : root.children("item")) {
                    items.add(rssItem(item, url, cstate));
                }
                return new Feed(false, plain(channel.childText("title")), rssLink(channel, url),
                        plain(channel.childText("description")), items);
            case "feed":
                List<FeedEntry> entries = new ArrayList<>();
                for (XmlElement entry : root.children("entry")) {
                    entries.add(atomEntry(entry, url));
                }
                return new Feed(true, atomText(root.child("title")), atomLink(root, url),
                        atomText(root.child("subtitle")), entries);
            default:
                throw new UnreadableException("not an RSS or Atom feed: the document is <" + root.name() + ">");
        }
    }

    private static FeedEntry rssItem(XmlElement item, URI url, boolean cstate) {
        String link = rssLink(item, url);
        String guid = item.childText("guid");
        String body = item.childText("encoded"); // content:encoded, fuller than description when present
        return new FeedEntry(guid != null ? guid : link, plain(item.childText("title")), link,
                FeedDates.parse(first(item.childText("pubDate"), item.childText("date"))),
                FeedDates.parse(item.childText("updated")),
                body != null ? body : item.childText("description"), cstate ? cstateWords(item) : statusWords(item));
    }

    /**
     * cState's feed writes an issue's resolution time as its category, empty while it is open
     * ({@code <category>2022-01-27 18:58:00 +0000</category>}): a time there is its word for resolved.
     */
    private static List<String> cstateWords(XmlElement item) {
        List<String> words = new ArrayList<>();
        for (XmlElement c : item.children("category")) {
            String when = plain(c.text());
            if (when != null && !when.isBlank() && Character.isDigit(when.charAt(0))) {
                words.add("resolved");
            }
        }
        return words;
    }

    private static FeedEntry atomEntry(XmlElement entry, URI url) {
        String link = atomLink(entry, url);
        String id = entry.childText("id");
        XmlElement content = entry.child("content") != null ? entry.child("content") : entry.child("summary");
        String html = content == null ? null
                : "xhtml".equals(content.attribute("type")) ? content.allText() : content.text();
        return new FeedEntry(id != null ? id : link, atomText(entry.child("title")), link,
                FeedDates.parse(first(entry.childText("published"), entry.childText("issued"))),
                FeedDates.parse(first(entry.childText("updated"), entry.childText("modified"))), html,
                statusWords(entry));
    }

    /** Categories (RSS text, Atom {@code term} or {@code label}) and {@code <status>} elements, non-blank. */
    private static List<String> statusWords(XmlElement item) {
        List<String> words = new ArrayList<>();
        for (XmlElement c : item.children("category")) {
            String term = first(blankToNull(c.attribute("term")), blankToNull(c.attribute("label")));
            add(words, term != null ? term : c.text());
        }
        for (XmlElement s : item.children("status")) {
            add(words, s.text());
        }
        return words;
    }

    private static void add(List<String> words, @Nullable String word) {
        String plain = plain(word);
        if (plain != null && plain.length() <= MAX_STATUS_WORD) {
            words.add(plain);
        }
    }

    /** RSS {@code <link>} text, or the {@code href} of an Atom link inside RSS (a10:link, atom:link). */
    private static @Nullable String rssLink(XmlElement parent, URI base) {
        String text = parent.childText("link");
        if (text != null) {
            return resolve(base, text);
        }
        return atomLink(parent, base);
    }

    /** The {@code alternate} link (or one without {@code rel}), else the first link with an href. */
    private static @Nullable String atomLink(XmlElement parent, URI base) {
        String fallback = null;
        for (XmlElement link : parent.children("link")) {
            String href = link.attribute("href");
            String rel = link.attribute("rel");
            if (href == null || href.isBlank()) {
                continue;
            }
            if (rel == null || rel.equals("alternate")) {
                return resolve(base, href.trim());
            }
            fallback = fallback == null ? href.trim() : fallback;
        }
        return fallback == null ? null : resolve(base, fallback);
    }

    /** Atom text constructs: {@code type="html"} and {@code xhtml} become plain text. */
    private static @Nullable String atomText(@Nullable XmlElement e) {
        if (e == null) {
            return null;
        }
        String type = e.attribute("type");
        String raw = "xhtml".equals(type) ? e.allText() : e.text();
        return "html".equals(type) || "xhtml".equals(type) ? blankToNull(HtmlText.toText(raw)) : plain(raw);
    }

    /** Titles sometimes carry escaped entities or stray tags; reduce them to one line of text. */
    private static @Nullable String plain(@Nullable String s) {
        return s == null ? null : blankToNull(HtmlText.toText(s).replace('\n', ' '));
    }

    private static String resolve(URI base, String href) {
        String trimmed = href.trim();
        if (trimmed.startsWith("https://") || trimmed.startsWith("http://")) {
            return trimmed; // what resolving gives an absolute reference, or its failure, without parsing it
        }
        try {
            return base.resolve(trimmed).toString();
        } catch (IllegalArgumentException e) {
            return trimmed;
        }
    }

    private static @Nullable String first(@Nullable String a, @Nullable String b) {
        return a != null ? a : b;
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
