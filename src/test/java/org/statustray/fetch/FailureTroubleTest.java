package org.statustray.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.statustray.model.PageTrouble;

/** The one rule: a page gone (404, 410) or not its format is unreadable; everything else is unreachable. */
class FailureTroubleTest {

    @ParameterizedTest(name = "{0} {1} is {2}")
    @CsvSource({
        "UNREACHABLE, 0, UNREACHABLE",
        "HTTP_STATUS, 404, UNREADABLE",
        "HTTP_STATUS, 410, UNREADABLE",
        "HTTP_STATUS, 500, UNREACHABLE",
        "HTTP_STATUS, 503, UNREACHABLE",
        "HTTP_STATUS, 429, UNREACHABLE",
        "HTTP_STATUS, 403, UNREACHABLE",
        "HTTP_STATUS, 401, UNREACHABLE",
        "UNREADABLE, 0, UNREADABLE",
        "TOO_LARGE, 0, UNREACHABLE"
    })
    void eachFailureIsOneOfTheTwo(FailureKind kind, int http, PageTrouble expected) {
        assertThat(kind.trouble(http)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "UNREACHABLE, 'cannot reach status.x.com: connection refused'",
        "UNREADABLE, 'status.x.com answers, but not as a status page StatusTray can read — its format may have changed:"
                + " connection refused'"
    })
    void theSentenceSaysWhichWithTheReason(PageTrouble trouble, String sentence) {
        assertThat(trouble.sentence("status.x.com", "connection refused")).isEqualTo(sentence);
    }
}
