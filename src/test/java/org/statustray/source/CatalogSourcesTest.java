package org.statustray.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.statustray.model.CatalogEntry;

/** Every catalogue entry can be traced: docs/catalog-sources.tsv names where its address and platform are stated. */
class CatalogSourcesTest {
    private static final Path SOURCES = Path.of("docs/catalog-sources.tsv");

    @Test
    void everyEntryHasOneSourceRowAndEveryRowAnEntry() throws IOException {
        Map<String, String> rows = rows();
        List<String> missing = new ArrayList<>();
        for (CatalogEntry e : Catalog.builtIn().all()) {
            if (rows.remove(e.id()) == null) {
                missing.add(e.id());
            }
        }
        assertThat(missing).as("entries without a source row").isEmpty();
        assertThat(rows.keySet()).as("rows naming no entry").isEmpty();
    }

    @Test
    void aSourceIsAPublicRepositoryFileAPageOrTheSeedCatalogue() throws IOException {
        List<String> vague = new ArrayList<>();
        rows().forEach((id, source) -> {
            boolean repoFile = source.matches("[\\w.-]+/[\\w.-]+(@[0-9a-f]{7,40})?:\\S.*");
            boolean page = source.startsWith("https://");
            boolean seed = source.startsWith("the provider's own status page (seed catalogue");
            boolean searched = source.startsWith("find_string id ");
            if (!(repoFile || page || seed || searched)) {
                vague.add(id + ": " + source);
            }
        });
        assertThat(vague).isEmpty();
    }

    private static Map<String, String> rows() throws IOException {
        Map<String, String> rows = new LinkedHashMap<>();
        for (String line : Files.readAllLines(SOURCES)) {
            if (line.startsWith("#") || line.startsWith("id\t") || line.isBlank()) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            assertThat(rows.put(cells[0], cells.length > 1 ? cells[1] : "")).as("row for " + cells[0] + " twice").isNull();
        }
        return rows;
    }
}
