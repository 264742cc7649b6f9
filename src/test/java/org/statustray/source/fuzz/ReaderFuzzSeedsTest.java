package org.statustray.source.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.statustray.source.Formats;

/**
 * The regression seeds are where Jazzer looks for them ({@code ReaderFuzzTestInputs/<method>/} beside the
 * class): every reader has a fuzz test with seeds, and every fixture seeds some reader. Jazzer silently runs
 * only an empty input when a seed folder is missing, so a renamed method or fixture would go unnoticed.
 */
class ReaderFuzzSeedsTest {

    @Test
    void everyReaderHasAFuzzTestWithSeeds() throws Exception {
        List<String> methods = fuzzTests();
        assertThat(methods).hasSameSizeAs(Formats.all());
        for (String method : methods) {
            assertThat(files(inputs().resolve(method))).as(method).isNotEmpty();
        }
    }

    @Test
    void everyFixtureSeedsSomeReader() throws Exception {
        Set<String> seeded = new HashSet<>();
        for (String method : fuzzTests()) {
            files(inputs().resolve(method)).forEach(f -> seeded.add(f.getFileName().toString()));
        }
        Path fixtures = Path.of(ReaderFuzzSeedsTest.class.getResource("/fixtures").toURI());
        Set<String> all = files(fixtures).stream().map(f -> f.getFileName().toString())
                .filter(name -> !name.equals("README.md")).collect(Collectors.toSet()); // the fixtures' record, no payload
        assertThat(seeded).containsAll(all);
    }

    private static List<String> fuzzTests() {
        return Arrays.stream(ReaderFuzzTest.class.getDeclaredMethods())
                .filter(m -> m.isAnnotationPresent(FuzzTest.class)).map(m -> m.getName()).collect(Collectors.toList());
    }

    private static Path inputs() throws URISyntaxException {
        return Path.of(ReaderFuzzTest.class.getResource("ReaderFuzzTestInputs").toURI());
    }

    private static List<Path> files(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).collect(Collectors.toList());
        }
    }
}
