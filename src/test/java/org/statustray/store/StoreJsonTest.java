package org.statustray.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

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
}
