package org.statustray.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class WakeDetectorTest {
    private static final long S = Polls.SECOND;
    private final WakeDetector wake = new WakeDetector(Duration.ofSeconds(5), Duration.ofSeconds(30));
    private final Instant t0 = Polls.WALL;

    @Test
    void regularTicksAreNoWake() {
        for (int i = 0; i < 100; i++) {
            assertThat(wake.tick(i * 5 * S, t0.plusSeconds(i * 5L))).isFalse();
        }
    }

    @Test
    void aMonotonicGapIsOneWake() {
        wake.tick(0, t0);
        wake.tick(5 * S, t0.plusSeconds(5));
        assertThat(wake.tick(3605 * S, t0.plusSeconds(3605))).isTrue();
        assertThat(wake.tick(3610 * S, t0.plusSeconds(3610))).as("one refresh, not one per tick").isFalse();
    }

    @Test
    void aWallClockLeapWhileTheMonotonicClockStoodStillIsAWake() {
        wake.tick(0, t0);
        assertThat(wake.tick(4 * S, t0.plusSeconds(2 * 3600))).isTrue(); // Linux: nanoTime stops in suspend
        assertThat(wake.tick(9 * S, t0.plusSeconds(2 * 3600 + 5))).isFalse();
    }

    @Test
    void smallDelaysAndAClockSetBackAreNoWake() {
        wake.tick(0, t0);
        assertThat(wake.tick(20 * S, t0.plusSeconds(20))).isFalse();
        assertThat(wake.tick(25 * S, t0.minusSeconds(3600))).isFalse();
    }
}
