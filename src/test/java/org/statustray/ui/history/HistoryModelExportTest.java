package org.statustray.ui.history;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.statustray.store.HistoryStore;

/** The filtered rows, in the order shown, written as CSV and JSON and read back. */
class HistoryModelExportTest {
    @TempDir
    Path dir;
    HistoryStore store;
    HistoryModel model;

    @BeforeEach
    void fill() throws Exception {
        store = HistoryStore.open(dir.resolve("data"));
        HistoryModelTest.fillSmallStore(store);
        model = HistoryModelTest.model(store, HistoryModelTest.CHICAGO);
        model.serviceFilterProperty().set("github");
        model.rows().setComparator(HistoryRow.BY_STARTED);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void csvHoldsTheFilteredRowsInTheirOrderQuotedAsRfc4180WithUtcTimes() throws Exception {
        Path file = dir.resolve("incidents.csv");
        model.exportCsv(file);

        assertThat(model.exportMessageProperty().get()).isEqualTo("Exported 2 incidents to incidents.csv");
        assertThat(model.exportFailedProperty().get()).isFalse();
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).contains("\"Webhooks delayed, \"\"partially\"\"\"").endsWith("\r\n");
        List<List<String>> records = parseCsv(text);
        assertThat(records).hasSize(3);
        assertThat(records.get(0)).containsExactly("service_id", "service", "title", "impact", "status", "started",
                "resolved", "duration_minutes", "url", "updates", "latest_update");
        assertThat(records.get(1)).containsExactly("github", "GitHub", "Webhooks delayed, \"partially\"", "major",
                "resolved", "2026-03-01T03:00:00Z", "2026-03-01T04:30:00Z", "90",
                "https://status.example/incidents/gh-1", "2", "Fixed, see the report.\nThanks \"all\".");
        assertThat(records.get(2)).containsExactly("github", "GitHub", "Actions queued jobs delayed", "minor",
                "identified", "2026-03-10T11:00:00Z", "", "", "https://status.example/incidents/gh-2", "2",
                "We found the cause in the scheduler.");
    }

    @Test
    void aCsvFieldASpreadsheetWouldTakeForAFormulaIsWrittenAsText() {
        assertThat(HistoryExport.quoted("=HYPERLINK(\"http://evil.example\")")).isEqualTo("\"'=HYPERLINK(\"\"http://evil.example\"\")\"");
        assertThat(HistoryExport.quoted("+1 555")).isEqualTo("'+1 555");
        assertThat(HistoryExport.quoted("-2")).isEqualTo("'-2");
        assertThat(HistoryExport.quoted("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(HistoryExport.quoted("2026-03-01T03:00:00Z")).isEqualTo("2026-03-01T03:00:00Z");
        assertThat(HistoryExport.quoted("")).isEmpty();
    }

    @Test
    void jsonHasTheShapeOfTheHistoryCommandForTheFilteredRowsInTheirOrder() throws Exception {
        model.rows().setComparator(HistoryRow.BY_STARTED.reversed());
        Path file = dir.resolve("incidents.json");
        model.exportJson(file);

        assertThat(model.exportMessageProperty().get()).isEqualTo("Exported 2 incidents to incidents.json");
        JsonNode array = new ObjectMapper().readTree(file.toFile());
        assertThat(array.isArray()).isTrue();
        assertThat(array).hasSize(2);
        JsonNode open = array.get(0);
        assertThat(fieldNames(open)).containsExactly("service", "id", "title", "status", "impact", "started", "updated",
                "resolved", "url", "lead", "updates");
        assertThat(open.get("id").asText()).isEqualTo("gh-2");
        assertThat(open.get("lead").isNull()).as("StatusTray did not see it first").isTrue();
        assertThat(open.get("resolved").isNull()).isTrue();
        JsonNode gh1 = array.get(1);
        assertThat(gh1.get("service").asText()).isEqualTo("github");
        assertThat(gh1.get("title").asText()).isEqualTo("Webhooks delayed, \"partially\"");
        assertThat(gh1.get("impact").asText()).isEqualTo("major");
        assertThat(gh1.get("started").asText()).isEqualTo("2026-03-01T03:00:00Z");
        assertThat(gh1.get("resolved").asText()).isEqualTo("2026-03-01T04:30:00Z");
        JsonNode first = gh1.get("updates").get(0);
        assertThat(fieldNames(first)).containsExactly("status", "at", "body");
        assertThat(first.get("at").asText()).isEqualTo("2026-03-01T03:00:00Z");
        assertThat(first.get("body").asText()).isEqualTo("We are investigating delays to webhooks,\n\"all\" regions.");
    }

    @Test
    void anExportThatCannotBeWrittenIsAOneLineMessageAndLeavesNoFileBehind() throws Exception {
        model.exportCsv(dir.resolve("no-such-folder").resolve("incidents.csv"));
        assertThat(model.exportFailedProperty().get()).isTrue();
        assertThat(model.exportMessageProperty().get()).startsWith("Could not export to incidents.csv: ")
                .doesNotContain("\n");

        Path inTheWay = Files.createDirectory(dir.resolve("incidents.json"));
        Files.writeString(inTheWay.resolve("keep.txt"), "kept");
        model.exportJson(inTheWay);
        assertThat(model.exportFailedProperty().get()).isTrue();
        assertThat(model.exportMessageProperty().get()).startsWith("Could not export to incidents.json: ");
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("data", "incidents.json");
        }
        assertThat(Files.readString(inTheWay.resolve("keep.txt"))).isEqualTo("kept");

        Path earlier = Files.writeString(dir.resolve("earlier.csv"), "an earlier export");
        model.exportCsv(earlier);
        assertThat(model.exportFailedProperty().get()).isFalse();
        assertThat(parseCsv(Files.readString(earlier))).hasSize(3);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** RFC 4180, strictly: records end in CRLF; a quoted field may hold commas, CRLF, LF and doubled quotes. */
    static List<List<String>> parseCsv(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '"' && field.length() == 0) {
                for (i++; !(text.charAt(i) == '"' && (i + 1 == text.length() || text.charAt(i + 1) != '"')); i++) {
                    field.append(text.charAt(i));
                    if (text.charAt(i) == '"') {
                        i++;
                    }
                }
                i++;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
                i++;
            } else if (c == '\r' && text.charAt(i + 1) == '\n') {
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                i += 2;
            } else {
                assertThat(c).as("a bare quote or line break outside quotes").isNotIn('"', '\n', '\r');
                field.append(c);
                i++;
            }
        }
        assertThat(record).as("the last record ends in CRLF").isEmpty();
        return records;
    }
}
