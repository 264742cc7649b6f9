package org.statustray.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.statustray.watch.Polls.service;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PollIntervalsTest {

    @Test
    void aServiceUsesItsOwnIntervalElseTheGlobalOneElseSixtySeconds() {
        assertThat(PollIntervals.base(service("a", "https://status.example.com", 120), 90)).hasSeconds(120);
        assertThat(PollIntervals.base(service("a", "https://status.example.com", null), 90)).hasSeconds(90);
        assertThat(PollIntervals.base(service("a", "https://status.example.com", 0), 0)).hasSeconds(60);
        assertThat(PollIntervals.base(service("a", "https://status.example.com", null), -5)).hasSeconds(60);
    }

    @Test
    void remoteHostsAreClampedToThirtySecondsLoopbackIsNot() {
        assertThat(PollIntervals.base(service("a", "https://status.example.com", 5), 60)).hasSeconds(30);
        assertThat(PollIntervals.base(service("a", "http://10.0.0.1:8000", 2), 60)).hasSeconds(30);
        assertThat(PollIntervals.base(service("a", "http://127.0.0.1:8000", 2), 60)).hasSeconds(2);
        assertThat(PollIntervals.base(service("a", "http://localhost:8000", 1), 60)).hasSeconds(1);
        assertThat(PollIntervals.base(service("a", "http://[::1]:8000", 1), 60)).hasSeconds(1);
        assertThat(PollIntervals.base(service("a", "http://127.0.0.1:8000", null), 2)).hasSeconds(2);
        assertThat(PollIntervals.base(service("a", "not a url at all", 5), 60)).hasSeconds(30);
    }

    @Test
    void loopbackIsRecognisedByLiteralOrNameOnly() {
        assertThat(List.of("localhost", "LOCALHOST", "app.localhost", "127.0.0.1", "127.8.9.10", "[::1]", "::1",
                "0:0:0:0:0:0:0:1")).allMatch(PollIntervals::isLoopback);
        assertThat(List.of("example.com", "localhost.example.com", "127.0.0.1.nip.io", "10.0.0.1", "::2",
                "[fe80::1]", "")).noneMatch(PollIntervals::isLoopback);
        assertThat(PollIntervals.isLoopback(null)).isFalse();
    }

    @Test
    void fastPollingIsTwentySecondsButNeverUnderTheMinimumNorSlowerThanNormal() {
        assertThat(PollIntervals.fast(Duration.ofSeconds(60), "127.0.0.1")).hasSeconds(20);
        assertThat(PollIntervals.fast(Duration.ofSeconds(60), "status.example.com")).hasSeconds(30);
        assertThat(PollIntervals.fast(Duration.ofSeconds(2), "127.0.0.1")).hasSeconds(2);
        assertThat(PollIntervals.fast(Duration.ofSeconds(30), "status.example.com")).hasSeconds(30);
    }

    @Test
    void backoffDoublesFromTheIntervalUpToFifteenMinutes() {
        List<Long> waits = new ArrayList<>();
        for (int failures = 1; failures <= 7; failures++) {
            waits.add(PollIntervals.backoff(Duration.ofSeconds(60), failures).toSeconds());
        }
        assertThat(waits).containsExactly(60L, 120L, 240L, 480L, 900L, 900L, 900L);
        assertThat(PollIntervals.backoff(Duration.ofSeconds(60), 10_000)).hasMinutes(15);
        assertThat(PollIntervals.backoff(Duration.ofHours(1), 3)).hasHours(1); // never faster than normal
    }

    @Test
    void jitterAddsUpToTenPercentAndNeverShortens() {
        long minute = Duration.ofMinutes(1).toNanos();
        assertThat(PollIntervals.jittered(minute, 0.0)).isEqualTo(minute);
        assertThat(PollIntervals.jittered(minute, 0.5)).isEqualTo(Duration.ofSeconds(63).toNanos());
        assertThat(PollIntervals.jittered(minute, 0.999999)).isLessThan(Duration.ofSeconds(66).toNanos());
        assertThat(PollIntervals.jittered(minute, -3)).isEqualTo(minute);
        assertThat(PollIntervals.jittered(minute, 7)).isEqualTo(Duration.ofSeconds(66).toNanos());
    }
}
