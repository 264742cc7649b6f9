package org.statustray.source.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The parser reads the bytes itself only where that reading cannot differ from reading the decoded text. */
class XmlBytesTest {
    private static final URI URL = URI.create("https://example.com/feed");

    @Test
    void theFeedFixturesAreReadAlikeEitherWay() throws Exception {
        for (String name : List.of("statuspage/history-githubstatus-2022-03-16.rss",
                "statuspage/history-githubstatus-2025-10-21-trimmed.atom", "aws/all-rss-aws-2021-12-20.rss",
                "azure/feed-azure-2026-04-16-empty.rss")) {
            byte[] body = Files.readAllBytes(Path.of("src/test/resources/fixtures", name));
            assertThat(XmlBytes.readableAsIs(body)).as(name).isTrue();
            byte[] spaced = new byte[body.length + 1];
            spaced[0] = ' ';
            System.arraycopy(body, 0, spaced, 1, body.length);
            assertThat(XmlBytes.readableAsIs(spaced)).isFalse();
            assertThat(Feed.parse(body, URL)).as(name).isEqualTo(Feed.parse(spaced, URL));
        }
    }

    @Test
    void anythingTheDecoderWouldChangeGoesTheTextWay() {
        assertThat(XmlBytes.readableAsIs(utf8("<rss><channel/></rss>\n \t"))).isTrue();
        assertThat(XmlBytes.readableAsIs(utf8("<?xml version=\"1.0\" encoding='utf-8'?><a>é</a>"))).isTrue();
        assertThat(XmlBytes.readableAsIs(utf8("<?xml version=\"1.0\"?><a>\uD83D\uDE00</a>"))).isTrue();
        assertThat(XmlBytes.readableAsIs(utf8("\uFEFF<a/>"))).as("byte-order mark").isFalse();
        assertThat(XmlBytes.readableAsIs(utf8(" <a/>"))).as("leading space").isFalse();
        assertThat(XmlBytes.readableAsIs(utf8("<a/>\u000B"))).as("trailing non-XML space").isFalse();
        assertThat(XmlBytes.readableAsIs(utf8("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><a/>"))).isFalse();
        assertThat(XmlBytes.readableAsIs(utf8("<?xml version=\"1.0\" encoding=\"utf8\"?><a/>"))).isFalse();
        assertThat(XmlBytes.readableAsIs("<a>Caf\u00e9</a>".getBytes(StandardCharsets.ISO_8859_1))).isFalse();
        assertThat(XmlBytes.readableAsIs(new byte[] {'<', 'a', (byte) 0xC0, (byte) 0xAF, '>'})).as("overlong").isFalse();
        assertThat(XmlBytes.readableAsIs(new byte[] {'<', 'a', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '>'}))
                .as("surrogate").isFalse();
        assertThat(XmlBytes.readableAsIs(new byte[] {'<', 'a', (byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80, '>'}))
                .as("beyond U+10FFFF").isFalse();
        assertThat(XmlBytes.readableAsIs(new byte[] {'<', 'a', (byte) 0xE2, (byte) 0x82, '>'})).as("cut short").isFalse();
    }

    @Test
    void theCommonDeclarationsAreUtf8AsThePatternReadsThem() {
        assertThat(XmlBytes.COMMON_UTF8).allSatisfy(d -> assertThat(XmlBytes.declaresUtf8OrNothing(d)).as(d).isTrue());
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
