package org.statustray.source.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** RFC 822 dates in every form the fixtures and the feed world show, and Atom's ISO-8601. */
class FeedDatesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Thu, 16 Apr 2026 20:49:00 Z      | 2026-04-16T20:49:00Z",
        "Wed, 16 Mar 2022 19:46:08 +0000  | 2022-03-16T19:46:08Z",
        "Wed, 15 Dec 2021 12:16:32 PST    | 2021-12-15T20:16:32Z",
        "Mon, 20 Dec 2021 00:05:42 PST    | 2021-12-20T08:05:42Z",
        "Fri, 15 Jul 2022 09:00:00 PDT    | 2022-07-15T16:00:00Z",
        "Fri, 15 Jul 2022 09:00:00 PST    | 2022-07-15T17:00:00Z",
        "Thu, 15 Jan 2026 09:00:00 PDT    | 2026-01-15T16:00:00Z",
        "Thu, 04 Jun 2026 10:00:00 MST    | 2026-06-04T17:00:00Z",
        "Thu, 04 Jun 2026 10:00:00 MDT    | 2026-06-04T16:00:00Z",
        "Thu, 04 Jun 2026 10:00:00 CST    | 2026-06-04T16:00:00Z",
        "Thu, 04 Jun 2026 10:00:00 CDT    | 2026-06-04T15:00:00Z",
        "Thu, 04 Jun 2026 10:00:00 EST    | 2026-06-04T15:00:00Z",
        "Thu, 04 Jun 2026 10:00:00 EDT    | 2026-06-04T14:00:00Z",
        "Thu, 04 Jun 2026 10:00:00 GMT    | 2026-06-04T10:00:00Z",
        "Thu, 04 Jun 2026 10:00:00 UT     | 2026-06-04T10:00:00Z",
        "Thu, 04 Jun 2026 10:00:00 UTC    | 2026-06-04T10:00:00Z",
        "Thu, 04 Jun 2026 10:00:00 -0700  | 2026-06-04T17:00:00Z",
        "Thu, 04 Jun 2026 10:00:00 +05:30 | 2026-06-04T04:30:00Z",
        "Thu, 4 Jun 2026 10:00 GMT        | 2026-06-04T10:00:00Z",
        "4 Jun 2026 10:00:00 +0000        | 2026-06-04T10:00:00Z",
        "Thursday, 04 June 2026 10:00:00 GMT | 2026-06-04T10:00:00Z",
        "Thu, 04 Jun 26 10:00:00 GMT      | 2026-06-04T10:00:00Z",
        "thu, 04 jun 2026 10:00:00 gmt    | 2026-06-04T10:00:00Z",
        "Thu, 04 Jun 2026 10:00:00        | 2026-06-04T10:00:00Z",
        "Sat, 04 Jun 2026 10:00:00 GMT    | 2026-06-04T10:00:00Z",
        "2026-06-04T21:10:00.000+00:00    | 2026-06-04T21:10:00Z",
        "2025-10-21T20:25:22Z             | 2025-10-21T20:25:22Z",
        "2019-02-20T12:00:19.418-06:00    | 2019-02-20T18:00:19.418Z",
    })
    void readsEachForm(String text, String expected) {
        assertThat(FeedDates.parse(text)).isEqualTo(Instant.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "yesterday", "Thu, 31 Feb 2026 10:00:00 GMT", "Thu, 04 Foo 2026 10:00:00 GMT",
        "Thu, 04 Jun 2026 25:00:00 GMT", "Thu, 04 Jun 2026 10:00:00 XYZ", "Jun  5, 01:40:38 GMT+0"})
    void unreadableTextIsNull(String text) {
        assertThat(FeedDates.parse(text)).isNull();
    }
}
