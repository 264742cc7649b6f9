package org.statustray.source.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** Page text made safe to quote in a log, a terminal or a JSON line. */
class OneLineTest {
    static final String HOSTILE = "\u001b[31mred\u001b[0m\r\nnext\u0085line\u2028sep\u009b2J\u202eevil\u2066x\u0000 end";

    @Test
    void controlsBreaksAndBidiOverridesBecomeSingleSpaces() {
        assertThat(OneLine.clean(HOSTILE)).isEqualTo("[31mred [0m next line sep 2J evil x end");
        assertThat(OneLine.clean("  a \t\n b  ")).isEqualTo("a b");
        assertThat(OneLine.clean(null)).isEmpty();
        assertThat(OneLine.clean("Déjà vu — 😀 ok")).isEqualTo("Déjà vu — 😀 ok");
    }

    @Test
    void aLongTextIsCutWithAnEllipsisNeverInsideASurrogatePair() {
        assertThat(OneLine.of("x".repeat(500), 200)).hasSize(200).endsWith("x…");
        assertThat(OneLine.of("x".repeat(198) + "😀😀", 200)).isEqualTo("x".repeat(198) + "…");
        assertThat(OneLine.of("short", 200)).isEqualTo("short");
    }

    @Test
    void jsonEscapesEveryControlAndSeparatorAndReadsBackTheSame() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        mapper.getFactory().setCharacterEscapes(ControlEscapes.INSTANCE);
        String text = "a\u001b\u007f\u0085\u009b\u2028\u2029\u202e\u2066é😀";

        String json = mapper.writeValueAsString(text);

        assertThat(json).isEqualTo("\"a\\u001B\\u007F\\u0085\\u009B\\u2028\\u2029\\u202E\\u2066é😀\"");
        assertThat(mapper.readValue(json, String.class)).isEqualTo(text);
    }
}
