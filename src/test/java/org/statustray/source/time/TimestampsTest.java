package org.statustray.source.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimestampsTest {
    @ParameterizedTest
    @CsvSource({
        "2019-02-20T12:00:19.418-06:00, 2019-02-20T18:00:19.418Z",
        "2026-07-09T19:25:56Z, 2026-07-09T19:25:56Z",
        "2022-07-01T13:37:44+00:00, 2022-07-01T13:37:44Z",
        "2026-02-01T00:00:00+0000, 2026-02-01T00:00:00Z",
        "2026-02-01T05:30:00+05, 2026-02-01T00:30:00Z",
        "2026-10-07T10:05:00.123456Z, 2026-10-07T10:05:00.123456Z",
        "2020-10-05 11:22:03, 2020-10-05T11:22:03Z",
        "2021-08-11, 2021-08-11T00:00:00Z",
        "2026-01-01T10:00Z, 2026-01-01T10:00:00Z",
    })
    void parsesEveryOffsetForm(String text, String expected) {
        assertThat(Timestamps.parse(text)).isEqualTo(Instant.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "yesterday", "2026-13-45T99:00:00Z", "1654973750"})
    void oddTextIsNullNotAnError(String text) {
        assertThat(Timestamps.parse(text)).isNull();
    }
}
