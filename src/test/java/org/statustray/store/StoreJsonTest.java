package org.statustray.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.statustray.model.Component;
import org.statustray.model.Snapshot;
import org.statustray.model.Status;

/** Lists of component ids read back as written, by the plain reader where it can and by Jackson otherwise. */
class StoreJsonTest {

    @Test
    void everyListReadsBackAsWritten() {
        for (List<String> ids : List.of(List.<String>of(), List.of("api"), List.of("github-5", "github-6", "x"),
                List.of(""), List.of("a,b", "[c]", "ü ñ 東京"), List.of("quote \" inside", "back\\\\slash", "tab\there"),
                List.of("line\nbreak", "\u0001"))) {
            assertThat(StoreJson.strings(StoreJson.strings(ids))).as(ids.toString()).isEqualTo(ids);
        }
    }

    @Test
    void thePlainReaderReadsWhatJacksonReadsOrLeavesItToJackson() throws Exception {
        JsonMapper jackson = new JsonMapper();
        for (String json : List.of("[]", "[\"a\"]", "[\"a\",\"b\"]", "[\"\",\"\"]", "[\"a,b\",\"]\"]")) {
            assertThat(StoreJson.plainStrings(json)).as(json).isEqualTo(List.of(jackson.readValue(json, String[].class)));
        }
        for (String json : List.of("[\"a\\\"b\"]", "[\"a\", \"b\"]", "[\"a\",]", "[\"a\"", "[a]", "[\"a\"b]", "[,]",
                "[\"a\",\"b\",\"\\u0041\"]", "null", "", "[", "{}", "[\"tab\there\"]")) {
            assertThat(StoreJson.plainStrings(json)).as(json).isNull();
        }
        assertThat(StoreJson.strings("[\"a\", \"b\"]")).containsExactly("a", "b");
        assertThat(StoreJson.strings("not json")).isEmpty();
        assertThat(StoreJson.strings((String) null)).isEmpty();
    }

    @Test
    void aWatchedComponentNotListedStaysMarkedAcrossARestart() {
        Instant at = Instant.parse("2026-11-30T10:00:00Z");
        Snapshot kept = new Snapshot("GitHub", "https://www.githubstatus.com/api/v2/summary.json", "statuspage", at,
                Status.PARTIAL_OUTAGE, "Partial Outage: Packages", List.of(new Component("a", "Git", null, Status.OPERATIONAL),
                        new Component("b", "Packages", null, Status.PARTIAL_OUTAGE, at.minusSeconds(60))),
                true, List.of(), List.of());

        assertThat(StoreJson.snapshot(StoreJson.snapshot(kept))).contains(kept);
        assertThat(StoreJson.snapshot(StoreJson.snapshot(kept).replace(",\"notListedSince\":null", "")))
                .as("written before the field existed").contains(kept);
    }
}
