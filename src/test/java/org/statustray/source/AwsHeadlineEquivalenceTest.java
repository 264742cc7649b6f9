package org.statustray.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The headline read by hand is what replacing the first {@link AwsRssReader#RESOLVED_MARK} gives. */
class AwsHeadlineEquivalenceTest {
    private static final String[] TOKENS = {
        "[RESOLVED]", "[resolved]", "[Resolved]", "[RESOLVED", "RESOLVED]", "[resolved ]", "[reſolved]", "[",
        "]", " ", "  ", "\t", "\n", "\r", "\u000B", "\f", "\u00A0", "\u2003", "Increased Error Rates", "x", "K",
        "\u212A", "é", "\uD83D\uDE00", ":", "-",
    };

    @Test
    void randomTitlesLoseTheMarkAsThePatternTakesItOut() {
        Random random = new Random(20261207);
        for (int round = 0; round < 100_000; round++) {
            StringBuilder b = new StringBuilder();
            int tokens = random.nextInt(12);
            for (int t = 0; t < tokens; t++) {
                b.append(TOKENS[random.nextInt(TOKENS.length)]);
            }
            String rest = b.toString();
            assertThat(AwsRssReader.headline(rest)).as("%s", rest)
                    .isEqualTo(AwsRssReader.RESOLVED_MARK.matcher(rest).replaceFirst(" ").trim());
        }
    }
}
