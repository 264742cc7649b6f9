package org.statustray.source.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.statustray.source.AwsRssReader;
import org.statustray.source.AzureReader;
import org.statustray.source.FeedReader;
import org.statustray.source.StatusReader;
import org.statustray.source.UnreadableException;

/** The XML every feed reader goes through: no DTD, no external entity, one-line reasons for junk. */
class SafeXmlTest {
    static final URI URL = URI.create("https://example.com/feed.rss");
    static final String XXE = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/hostname\">]>\n"
            + "<rss version=\"2.0\"><channel><title>Azure &x;</title><item><title>&x;</title></item></channel></rss>";
    static final String EXTERNAL_DTD = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss SYSTEM \"file:///etc/hostname\">\n"
            + "<rss version=\"2.0\"><channel><title>Amazon Web Services</title></channel></rss>";
    static final String BILLION_LAUGHS = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n"
            + lolLevels() + "]>\n<rss version=\"2.0\"><channel><title>Azure &lol9;</title></channel></rss>";

    static List<StatusReader> readers() {
        return List.of(new FeedReader(), new AwsRssReader(), new AzureReader());
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String lolLevels() {
        StringBuilder dtd = new StringBuilder();
        for (int level = 1; level <= 9; level++) {
            String previous = level == 1 ? "lol" : "lol" + (level - 1);
            dtd.append(" <!ENTITY lol").append(level).append(" \"").append(("&" + previous + ";").repeat(10)).append("\">\n");
        }
        return dtd.toString();
    }

    @ParameterizedTest
    @MethodSource("readers")
    void externalEntityIsRefusedWithoutReadingTheFile(StatusReader reader) throws Exception {
        Path hostnameFile = Path.of("/etc/hostname");
        String hostname = Files.exists(hostnameFile) ? Files.readString(hostnameFile).trim() : "";

        for (String payload : List.of(XXE, EXTERNAL_DTD)) {
            assertThatThrownBy(() -> reader.read(utf8(payload), URL, Instant.EPOCH))
                    .isInstanceOf(UnreadableException.class)
                    .hasMessage("the feed declares a DTD, which is not read for safety")
                    .satisfies(e -> {
                        if (!hostname.isEmpty()) {
                            assertThat(e.getMessage()).doesNotContain(hostname);
                        }
                    });
        }
    }

    @ParameterizedTest
    @MethodSource("readers")
    void billionLaughsIsRefusedBeforeAnyExpansion(StatusReader reader) {
        assertTimeoutPreemptively(Duration.ofSeconds(2), () ->
                assertThatThrownBy(() -> reader.read(utf8(BILLION_LAUGHS), URL, Instant.EPOCH))
                        .isInstanceOf(UnreadableException.class)
                        .hasMessage(SafeXml.DTD_REFUSED));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  \n\t", "{\"status\":{\"indicator\":\"none\"}}", "[]", "OK", "\uFEFF",
        "<html><body><p>Sign in<br></body></html>", "<rss><channel><title>Cut", "<rss></channel></rss>",
        "<rss><channel><title>a &nbsp; b</title></channel></rss>", "<?xml version=\"1.0\"?>"})
    void notXmlIsUnreadableWithAOneLineReason(String body) {
        for (StatusReader reader : readers()) {
            assertThatThrownBy(() -> reader.read(utf8(body), URL, Instant.EPOCH))
                    .isInstanceOf(UnreadableException.class)
                    .satisfies(e -> assertThat(e.getMessage()).isNotBlank().doesNotContain("\n"));
        }
    }

    @Test
    void reasonsSayWhatWasSent() {
        assertThatThrownBy(() -> SafeXml.parse(utf8(" {\"a\":1}"))).hasMessage("the server sent JSON, not an XML feed");
        assertThatThrownBy(() -> SafeXml.parse(utf8(""))).hasMessage("the response is empty");
        assertThatThrownBy(() -> SafeXml.parse(utf8("<!DOCTYPE html>\n<html><head><title>Login</title></head></html>")))
                .hasMessage("the server sent an HTML page, not a feed");
        assertThatThrownBy(() -> SafeXml.parse(utf8("<rss><channel><title>Cut")))
                .hasMessageStartingWith("the response is not well-formed XML: ").hasMessageContaining("(line 1, column");
        assertThatThrownBy(() -> Feed.parse(utf8("<html><body/></html>"), URL))
                .hasMessage("not an RSS or Atom feed: the document is <html>");
        assertThatThrownBy(() -> Feed.parse(utf8("<rss version=\"2.0\"><item/></rss>"), URL))
                .hasMessage("not an RSS feed: <rss> has no <channel>");
    }

    @Test
    void deepNestingIsRefused() {
        String deep = "<a>".repeat(10_000) + "</a>".repeat(10_000);
        assertThatThrownBy(() -> SafeXml.parse(utf8(deep))).hasMessageContaining("nested too deeply");
    }

    @Test
    void byteOrderMarksLeadingSpaceCommentsAndCdataAreRead() throws Exception {
        String doc = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><rss><channel><!-- note -->"
                + "<title>A <![CDATA[<b>]]> &amp; B</title></channel></rss>";
        byte[] utf16 = doc.getBytes(StandardCharsets.UTF_16); // with a big-endian byte-order mark
        assertThat(SafeXml.parse(utf16).child("channel").childText("title")).isEqualTo("A <b> & B");

        byte[] bomAndSpace = utf8("\uFEFF \n <rss><channel><title>x</title></channel></rss>");
        assertThat(SafeXml.parse(bomAndSpace).child("channel").childText("title")).isEqualTo("x");
    }

    @Test
    void encodingsComeFromTheDeclarationAndBadBytesDoNotSpillOntoStderr() throws Exception {
        byte[] latin1 = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss><channel><title>Caf\u00e9</title></channel></rss>"
                .getBytes(StandardCharsets.ISO_8859_1);
        assertThat(SafeXml.parse(latin1).child("channel").childText("title")).isEqualTo("Caf\u00e9");

        byte[] mislabelled = "<rss><channel><title>Caf\u00e9</title></channel></rss>".getBytes(StandardCharsets.ISO_8859_1);
        PrintStream stderr = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            assertThat(SafeXml.parse(mislabelled).child("channel").childText("title")).isEqualTo("Caf\uFFFD");
        } finally {
            System.setErr(stderr);
        }
        assertThat(captured.toString(StandardCharsets.UTF_8)).as("the JDK parser prints [Fatal Error] on bad bytes").isEmpty();

        assertThatThrownBy(() -> SafeXml.parse(utf8("<?xml version=\"1.0\" encoding=\"x-klingon\"?><rss/>")))
                .hasMessage("the feed declares an encoding Java does not know: x-klingon");
    }

    @Test
    void elementsKeepNamespacesAttributesAndMixedTextInOrder() throws Exception {
        XmlElement root = SafeXml.parse(utf8("<rss xmlns:a10=\"http://www.w3.org/2005/Atom\"><channel>"
                + "<a10:link href=\"https://x/\" rel=\"self\"/><div>one <b>two</b> three</div></channel></rss>"));
        XmlElement link = root.child("channel").child("link");
        assertThat(link.namespace()).isEqualTo("http://www.w3.org/2005/Atom");
        assertThat(link.attribute("href")).isEqualTo("https://x/");
        assertThat(root.child("channel").child("div").allText()).isEqualTo("one two three");
        assertThat(root.child("channel").child("div").text()).isEqualTo("one  three");
        assertThat(root.child("channel").childText("missing")).isNull();
    }
}
