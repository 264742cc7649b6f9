package org.statustray.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.control.Hyperlink;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.jspecify.annotations.Nullable;
import org.statustray.fetch.WebAddress;
import org.statustray.source.text.HtmlText;

/**
 * An incident body as plain text with links. HTML is reduced to text (its {@code <a href>} kept as links),
 * Markdown links and emphasis to their words; bare http/https addresses become links. Nothing in a body is
 * ever run or loaded: the result is {@link Text} and {@link Hyperlink} nodes only, and a link opens only an
 * http/https address, and only when clicked.
 */
public final class SafeText {
    /** A run of text; {@code url} is set for a link. */
    public record Part(String text, @Nullable String url) {
    }

    private static final Pattern ANCHOR = Pattern.compile("(?is)<a\\b[^<>]*?href\\s*=\\s*[\"']?([^\"'\\s<>]+)[\"']?[^<>]*>(.*?)</a\\s*>");
    private static final Pattern MD_LINK = Pattern.compile("\\[([^\\[\\]\\n]{1,500})]\\((https?://[^()\\s]{1,2000})\\)");
    private static final Pattern MD_EMPHASIS = Pattern.compile("(\\*\\*|__)(\\S(?:[^*_\\n]{0,500}?\\S)?)\\1");
    private static final Pattern URL = Pattern.compile("(?i)\\bhttps?://[^\\s<>\"'\\uE000\\uE001]{1,2000}");
    private static final char OPEN = '\uE000';
    private static final char CLOSE = '\uE001';

    private SafeText() {
    }

    /** The body cut into text and links. */
    public static List<Part> parts(String body) {
        if (body == null || body.isBlank()) {
            return List.of();
        }
        // Anchors and Markdown links become OPEN label CLOSE url CLOSE, which survive tag stripping.
        String clean = body.replace(String.valueOf(OPEN), "").replace(String.valueOf(CLOSE), "");
        String marked = ANCHOR.matcher(clean).replaceAll(m -> Matcher.quoteReplacement(
                OPEN + m.group(2) + CLOSE + m.group(1) + CLOSE));
        String text = HtmlText.toText(marked);
        text = MD_LINK.matcher(text).replaceAll(m -> Matcher.quoteReplacement(OPEN + m.group(1) + CLOSE + m.group(2) + CLOSE));
        text = MD_EMPHASIS.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(2)));
        List<Part> out = new ArrayList<>();
        int at = 0;
        while (at < text.length()) {
            int open = text.indexOf(OPEN, at);
            int mid = open < 0 ? -1 : text.indexOf(CLOSE, open + 1);
            int end = mid < 0 ? -1 : text.indexOf(CLOSE, mid + 1);
            if (end < 0) {
                plain(text.substring(at).replace(String.valueOf(OPEN), "").replace(String.valueOf(CLOSE), ""), out);
                break;
            }
            plain(text.substring(at, open), out);
            String label = text.substring(open + 1, mid).strip();
            String url = text.substring(mid + 1, end).strip();
            if (isWebAddress(url)) {
                out.add(new Part(label.isEmpty() ? url : label, url));
            } else {
                plain(label, out);
            }
            at = end + 1;
        }
        return out;
    }

    /** A text flow of the body's parts; a link click hands its address to {@code open}. */
    public static TextFlow flow(String body, Consumer<String> open) {
        TextFlow flow = new TextFlow();
        for (Part p : parts(body)) {
            if (p.url() == null) {
                flow.getChildren().add(new Text(p.text()));
            } else {
                Hyperlink link = new Hyperlink(p.text());
                link.setOnAction(e -> {
                    if (isWebAddress(p.url())) {
                        open.accept(p.url());
                    }
                });
                link.setPadding(javafx.geometry.Insets.EMPTY);
                flow.getChildren().add(link);
            }
        }
        return flow;
    }

    /** The body as plain text only (for tables, exports and tooltips). */
    public static String plainText(String body) {
        StringBuilder sb = new StringBuilder();
        parts(body).forEach(p -> sb.append(p.text()));
        return sb.toString();
    }

    /** Whether {@code url} is shown as a link: only what the app would open, see {@link WebAddress#link}. */
    public static boolean isWebAddress(@Nullable String url) {
        return WebAddress.link(url).isPresent();
    }

    private static void plain(String text, List<Part> out) {
        Matcher m = URL.matcher(text);
        int at = 0;
        while (m.find()) {
            String url = trimTrailingPunctuation(m.group());
            if (m.start() > at) {
                out.add(new Part(text.substring(at, m.start()), null));
            }
            out.add(new Part(url, url));
            at = m.start() + url.length();
        }
        if (at < text.length()) {
            out.add(new Part(text.substring(at), null));
        }
    }

    private static String trimTrailingPunctuation(String url) {
        int end = url.length();
        while (end > 0 && ".,;:!?)]}".indexOf(url.charAt(end - 1)) >= 0) {
            end--;
        }
        return url.substring(0, end);
    }
}
