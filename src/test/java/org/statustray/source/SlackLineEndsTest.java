package org.statustray.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Note bodies lose their Windows line ends and outer white space in one copy, exactly as in three steps. */
class SlackLineEndsTest {
    private static final String[] PIECES = {"\r\n", "\r", "\n", "\r\r\n", " ", "\t", "\u2003", "\u00A0", "a", "é",
        "\uD83D\uDE00", "Issue Summary:", "\u001C", ""};

    @Test
    void oneCopyGivesWhatThreeStepsGave() {
        Random random = new Random(31_12);
        for (int round = 0; round < 100_000; round++) {
            StringBuilder b = new StringBuilder();
            for (int i = random.nextInt(12); i >= 0; i--) {
                b.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String text = b.toString();
            assertThat(SlackItems.plainLinesStripped(text)).as("%s", text)
                    .isEqualTo(text.replace("\r\n", "\n").replace('\r', '\n').strip());
        }
    }
}
