package org.statustray.source.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.statustray.source.Formats;
import org.statustray.source.HistoryReader;
import org.statustray.source.StatusReader;
import org.statustray.source.UnreadableException;

/**
 * Inputs a fuzzer hardly builds a byte at a time: nesting 100,000 deep, numbers and strings far past any
 * real page. Each reader refuses them in words or reads them into a well-formed snapshot; a
 * StackOverflowError or an exception of a parser's own would escape both.
 */
class HostileInputsTest {
    private static final int DEEP = 100_000;
    private static final URI PAGE = URI.create("https://status.example.com/");
    private static final List<String> TOO_DEEP = List.of(
            "[".repeat(DEEP) + "]".repeat(DEEP),
            "{\"components\":" + "[".repeat(DEEP) + "]".repeat(DEEP) + "}",
            "{\"a\":".repeat(DEEP) + "1" + "}".repeat(DEEP),
            "<rss><channel>" + "<item>".repeat(DEEP));
    private static final List<byte[]> OUTSIZED = outsized();

    static Stream<StatusReader> readers() {
        return Formats.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("readers")
    void nestingHundredThousandDeepIsUnreadable(StatusReader reader) {
        for (String body : TOO_DEEP) {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            assertThatThrownBy(() -> reader.read(bytes, reader.endpoint(PAGE), Instant.EPOCH))
                    .as(body.substring(0, 20)).isInstanceOf(UnreadableException.class);
            if (reader instanceof HistoryReader) {
                HistoryReader history = (HistoryReader) reader;
                assertThatThrownBy(() -> history.readHistory(bytes, history.historyEndpoint(PAGE)))
                        .as(body.substring(0, 20)).isInstanceOf(UnreadableException.class);
            }
            assertThatCode(() -> ReaderProperty.holdsFor(reader, bytes)).doesNotThrowAnyException();
        }
    }

    /**
     * Every fixture with each run of digits (in numbers, dates, ids, counts) made 30 digits long, past a
     * long, and the smaller fixtures with them 1,000 long, Jackson's limit for a number; then a number past
     * that limit, a double past the largest, strings of millions of characters and a character reference
     * of 100,000 digits.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("readers")
    void outsizedNumbersAndStringsAreReadOrRefusedInWords(StatusReader reader) {
        assertThat(OUTSIZED).hasSizeGreaterThan(40);
        for (byte[] body : OUTSIZED) {
            assertThatCode(() -> ReaderProperty.holdsFor(reader, body))
                    .as(new String(body, 0, 60, StandardCharsets.ISO_8859_1)).doesNotThrowAnyException();
        }
    }

    private static List<byte[]> outsized() {
        List<byte[]> bodies = new ArrayList<>();
        for (String fixture : fixtures()) {
            bodies.add(fixture.replaceAll("\\d+", "9".repeat(30)).getBytes(StandardCharsets.ISO_8859_1));
            if (fixture.length() < 64 * 1024) {
                bodies.add(fixture.replaceAll("\\d+", "9".repeat(1000)).getBytes(StandardCharsets.ISO_8859_1));
            }
        }
        String longText = "x".repeat(4_000_000);
        List.of("{\"status\":{\"indicator\":" + "9".repeat(DEEP) + "},\"components\":[]}",
                "{\"status\":{\"indicator\":1e999999999},\"components\":[{\"id\":-1e-999999999,\"name\":1e400,\"status\":2}]}",
                "[{\"id\":\"" + longText + "\",\"begin\":\"" + longText + "\",\"updates\":[{\"text\":\"" + longText + "\"}]}]",
                "<rss><channel><item><title>" + longText + "</title><description>&#" + "9".repeat(DEEP) + ";"
                        + "&amp;".repeat(DEEP) + "</description></item></channel></rss>")
                .forEach(body -> bodies.add(body.getBytes(StandardCharsets.UTF_8)));
        return bodies;
    }

    private static List<String> fixtures() {
        try (Stream<Path> files = Files.walk(Path.of(HostileInputsTest.class.getResource("/fixtures").toURI()))) {
            return files.filter(Files::isRegularFile).map(HostileInputsTest::text).collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(Path file) {
        try {
            return Files.readString(file, StandardCharsets.ISO_8859_1); // byte for byte, whatever the encoding
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
