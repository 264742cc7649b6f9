package org.statustray.source.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.statustray.source.UnreadableException;
import org.statustray.source.feed.Feed;
import org.statustray.source.feed.FeedEntry;
import org.statustray.source.text.HtmlText;

/** The one-pass {@link HtmlText} gives exactly what the regex definition ({@link HtmlTextOracle}) gives. */
class HtmlTextEquivalenceTest {
    private static final String[] TOKENS = {
        "a", "Resolved", " ", "  ", "\n", "\r\n", "\r", "\t", "\f", "\u000B", "\u00A0", "\u0001", "\u0002", "é",
        "\uD83D\uDE00", "’", "<br>", "<br/>", "<br />", "<BR>", "<Br\n/>", "</br>", "<br-x>", "<brx>", "<br\u00E5>",
        "<br\u0301>", "<p>", "</p>", "<P class='x'>", "<p1>", "<pre>", "<param>", "<div>", "</DIV>", "<li>",
        "<h1>", "<h7>", "<h12>", "<th>", "<table>", "<tr>", "<header>", "<b>", "</b>", "<strong>", "</strong>",
        "<small>", "</small>", "<var data-var='date'>", "</var>", "<a href=\"u\">", "</a>", "<?xml x?>",
        "</!x>", "<!-- c -->", "<!--", "-->", "<!DOCTYPE html>", "<script>", "</script>", "<style>p{}</style>",
        "<SCRIPT a=1>", "<scripts>", "<", ">", "< b", "</>", "<1>", "<a", "<x <br> y>", "&amp;", "&lt;", "&gt;",
        "&quot;", "&apos;", "&nbsp;", "&NBSP;", "&rsquo;", "&#39;", "&#160;", "&#xA0;", "&#x2019;", "&#X41;",
        "&#8217;", "&#0;", "&#xD800;", "&#1114112;", "&#12345678;", "&#x1234567;", "&unknown;", "&a;",
        "&abcdefghi;", "&#;", "&#x;", "&", "&amp", ";", "#", "&#\uFF11;", "-", "– ", ": ", "x",
    };

    @Test
    void randomMarkupReadsAsTheDefinitionReadsIt() {
        Random random = new Random(20261202);
        for (int round = 0; round < 60_000; round++) {
            StringBuilder b = new StringBuilder();
            int tokens = 1 + random.nextInt(round % 10 == 0 ? 60 : 14);
            for (int t = 0; t < tokens; t++) {
                b.append(TOKENS[random.nextInt(TOKENS.length)]);
            }
            same(b.toString());
        }
    }

    @Test
    void everyTextInTheFixturesReadsAsTheDefinitionReadsIt() throws Exception {
        List<String> texts = new ArrayList<>();
        ObjectMapper mapper = new ObjectMapper();
        try (Stream<Path> files = Files.walk(Path.of("src/test/resources/fixtures"))) {
            for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                byte[] body = Files.readAllBytes(f);
                if (f.toString().endsWith(".json")) {
                    strings(mapper.readTree(body), texts);
                } else if (f.toString().endsWith(".rss") || f.toString().endsWith(".atom")) {
                    feedTexts(body, texts);
                }
            }
        }
        assertThat(texts).hasSizeGreaterThan(1000);
        texts.forEach(HtmlTextEquivalenceTest::same);
    }

    @Test
    void aRangeOfCharactersReadsAsItsString() {
        Random random = new Random(20261207);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder b = new StringBuilder();
            int tokens = 1 + random.nextInt(16);
            for (int t = 0; t < tokens; t++) {
                b.append(TOKENS[random.nextInt(TOKENS.length)]);
            }
            char[] a = b.toString().toCharArray();
            int from = random.nextInt(a.length + 1);
            int to = from + random.nextInt(a.length - from + 1);
            String range = new String(a, from, to - from);
            assertThat(HtmlText.toText(a, from, to)).as("%s", range).isEqualTo(HtmlText.toText(range));
        }
    }

    @Test
    void hostileInputsAgree() {
        same("<a".repeat(2_000) + "<br>".repeat(1_000) + "<!--" + "<script>".repeat(500));
        same("<p>" + " <br>".repeat(1_000) + "</p>");
        same("&".repeat(1_000) + "&#" + "1".repeat(1_000) + ";");
    }

    private static void same(String html) {
        assertThat(HtmlText.toText(html)).as("%s", html).isEqualTo(HtmlTextOracle.toText(html));
    }

    private static void strings(JsonNode node, List<String> out) {
        if (node.isTextual()) {
            out.add(node.asText());
        }
        node.forEach(child -> strings(child, out));
    }

    private static void feedTexts(byte[] body, List<String> out) throws IOException {
        try {
            Feed feed = Feed.parse(body, URI.create("https://example.com/feed"));
            for (FeedEntry e : feed.entries()) {
                out.add(e.html());
                out.add(e.title());
            }
        } catch (UnreadableException e) {
            throw new IOException(e);
        }
    }
}
