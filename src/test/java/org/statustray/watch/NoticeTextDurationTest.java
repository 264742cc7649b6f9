package org.statustray.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class NoticeTextDurationTest {

    @Test
    void underAMinuteIsSaidInSecondsNotAsAMinute() {
        // three failed probes a second apart on a loopback test page were told as "for 1 min"
        assertThat(NoticeText.roundMinutes(Duration.ofSeconds(2))).isEqualTo("2 s");
        assertThat(NoticeText.roundMinutes(Duration.ZERO)).isEqualTo("1 s");
    }

    @Test
    void aMinuteAndMoreIsRoundedToWholeMinutes() {
        assertThat(NoticeText.roundMinutes(Duration.ofSeconds(60))).isEqualTo("1 min");
        assertThat(NoticeText.roundMinutes(Duration.ofSeconds(89))).isEqualTo("1 min");
        assertThat(NoticeText.roundMinutes(Duration.ofSeconds(90))).isEqualTo("2 min");
        assertThat(NoticeText.roundMinutes(Duration.ofMinutes(12))).isEqualTo("12 min");
    }
}
