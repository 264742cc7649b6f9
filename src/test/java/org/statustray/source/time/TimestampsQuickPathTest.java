package org.statustray.source.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The hand-written ISO reading gives exactly what the formatter gives, and is what the fixtures take. */
class TimestampsQuickPathTest {
    private static final Pattern ISO_IN_JSON = Pattern.compile("\"(\\d{4}-\\d{2}-\\d{2}[^\"]{0,40})\"");

    @Test
    void everyTimestampInTheJsonFixturesTakesTheQuickPathAndReadsAsTheFormatterReadsIt() throws IOException {
        List<String> seen = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/test/resources/fixtures"))) {
            // cState prints Go's time.String() ("… +0000 UTC"), which CstateIssues rewrites before parsing.
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".json"))
                    .filter(p -> !p.getParent().endsWith("cstate"))::iterator) {
                Matcher m = ISO_IN_JSON.matcher(Files.readString(f, StandardCharsets.UTF_8));
                while (m.find()) {
                    seen.add(m.group(1));
                }
            }
        }
        assertThat(seen).hasSizeGreaterThan(2000);
        for (String s : seen) {
            assertThat(Timestamps.quickIso(s)).as(s).isNotNull().isEqualTo(Timestamps.formatted(s));
        }
    }

    @Test
    void oddFormsReadExactlyAsTheFormatterReadsThem() {
        String[] dates = {"2019-02-20", "2024-02-29", "2023-02-29", "2023-02-30", "2023-04-31", "2023-00-10",
            "2023-13-01", "2023-01-00", "0000-01-01", "9999-12-31", "1970-01-01", "2023-1-01", "20230101"};
        String[] separators = {"T", " ", "t", "", "TT", "T ", "_"};
        String[] times = {"00:00", "23:59:59", "24:00", "24:00:00", "12:60", "12:30:60", "12:30:59.",
            "12:30:59.1", "12:30:59.123456789", "12:30:59.1234567891", "12:30", "1:30", "12:3", "12:30:5",
            "12:30:59,5", "12:30:59.418"};
        String[] offsets = {"", "Z", "z", "+00:00", "-00:00", "-06:00", "+0530", "+05", "+18:00", "-18",
            "+17:59", "+17:60", "+1", "+123", "+05:3", " +0000", " Z", "UTC", "+05:30:00", "Zulu", "-05:00 "};
        int quick = 0;
        for (String d : dates) {
            check(d);
            for (String sep : separators) {
                for (String t : times) {
                    for (String o : offsets) {
                        String s = (d + sep + t + o).trim();
                        check(s);
                        quick += Timestamps.quickIso(s) != null ? 1 : 0;
                    }
                }
            }
        }
        assertThat(quick).isGreaterThan(500);
    }

    private static void check(String s) {
        assertThat(Timestamps.parse(s)).as(s).isEqualTo(Timestamps.formatted(s));
    }
}
