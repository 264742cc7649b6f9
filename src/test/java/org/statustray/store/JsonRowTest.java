package org.statustray.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What SQLite's json_array writes of text, numbers and null reads back exactly. */
class JsonRowTest {

    @Test
    void everyTextReadsBackAsSqliteHadIt(@TempDir Path dir) throws Exception {
        List<String> texts = List.of("", "plain", "quote \" and backslash \\ and slash /", "tab\t line\n return\r",
                "bell \u0007 nul-free controls \u001f \b \f", "ünïcödé – 東京 😀", "<p>html &amp; [md](https://x.example)</p>",
                "[\"looks\",\"like\",\"json\"]", "null", "123");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("t.db"));
             PreparedStatement st = c.prepareStatement("SELECT json_array(?, ?, NULL, 42, -1.5)")) {
            for (String text : texts) {
                st.setString(1, text);
                st.setString(2, "second");
                try (ResultSet rs = st.executeQuery()) {
                    rs.next();
                    assertThat(Arrays.asList(JsonRow.fields(rs.getString(1), 5))).as(text)
                            .containsExactly(text, "second", null, "42", "-1.5");
                }
            }
        }
    }

    @Test
    void aRowOfAnotherShapeIsAnErrorNotAWrongRead() {
        for (String bad : new String[] {null, "", "[\"a\"]", "[\"a\",\"b\",\"c\"]", "{\"a\":1}", "[\"a\" ,\"b\"]",
                "[\"unterminated,\"b\"", "[\"a\",\"b\\u00\"]"}) {
            assertThatThrownBy(() -> JsonRow.fields(bad, 2)).as(String.valueOf(bad)).isInstanceOf(RuntimeException.class);
        }
    }
}
