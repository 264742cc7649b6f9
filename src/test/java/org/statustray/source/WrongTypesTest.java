package org.statustray.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.statustray.testing.WrongTypes;

/**
 * A real page with every value of the wrong type (lists as objects, words as numbers) is unreadable by
 * every reader: the page's shape must never read as "operational, no incidents", neither for its own
 * format nor for another one that detection would try next.
 */
class WrongTypesTest {
    static final URI URL = URI.create("https://status.example.com/");
    static final Instant AT = Instant.parse("2026-12-02T12:00:00Z");

    static Stream<Arguments> pagesAndTheirReaders() throws IOException {
        List<Arguments> cases = new ArrayList<>();
        Path root = Path.of("src/test/resources/fixtures");
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                byte[] page = Files.readAllBytes(f);
                for (StatusReader reader : Formats.all()) {
                    cases.add(Arguments.of(reader.format(), root.relativize(f).toString(), page));
                }
            }
        }
        assertThat(cases).as("fixtures × readers").hasSizeGreaterThanOrEqualTo(100);
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("pagesAndTheirReaders")
    void theWrongTypesAreUnreadable(String format, String fixture, byte[] page) {
        StatusReader reader = Formats.named(format).orElseThrow();
        assertThatThrownBy(() -> reader.read(WrongTypes.of(page), URL, AT)).isInstanceOf(UnreadableException.class);
    }
}
