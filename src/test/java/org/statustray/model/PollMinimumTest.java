package org.statustray.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The contract's polling minimum and its loopback exception, in its one home. */
class PollMinimumTest {
    @Test
    void loopbackIsKnownByNameOrLiteralWithoutLookingAnythingUp() {
        assertThat(PollMinimum.isLoopback("localhost")).isTrue();
        assertThat(PollMinimum.isLoopback("app.localhost")).isTrue();
        assertThat(PollMinimum.isLoopback("127.0.0.1")).isTrue();
        assertThat(PollMinimum.isLoopback("127.8.9.10")).isTrue();
        assertThat(PollMinimum.isLoopback("[::1]")).isTrue();
        assertThat(PollMinimum.isLoopback("128.0.0.1")).isFalse();
        assertThat(PollMinimum.isLoopback("localhost.example.com")).isFalse();
        assertThat(PollMinimum.isLoopback("status.openai.com")).isFalse();
        assertThat(PollMinimum.isLoopback(null)).isFalse();
        assertThat(PollMinimum.secondsFor("status.openai.com")).isEqualTo(30);
        assertThat(PollMinimum.secondsFor("127.0.0.1")).isEqualTo(1);
    }
}
