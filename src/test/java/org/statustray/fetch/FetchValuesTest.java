package org.statustray.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.statustray.model.AppVersion;

/** The value types and the formatting behind the failure reasons. */
class FetchValuesTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-03-01T12:00:00Z"), ZoneOffset.UTC);

    @Test
    void defaultSettings() {
        FetchSettings d = FetchSettings.defaults();

        assertThat(d).isEqualTo(new FetchSettings(Duration.ofSeconds(10), Duration.ofSeconds(30), 5, 16L * 1024 * 1024,
                "StatusTray/" + AppVersion.get()));
        assertThat(d.withRequestTimeout(Duration.ofMillis(300)).requestTimeout()).isEqualTo(Duration.ofMillis(300));
        assertThat(d.withConnectTimeout(Duration.ofSeconds(1)).connectTimeout()).isEqualTo(Duration.ofSeconds(1));
        assertThat(d.withMaxBodyBytes(1024).maxBodyBytes()).isEqualTo(1024);
        assertThat(d.withMaxBodyBytes(1024).requestTimeout()).isEqualTo(d.requestTimeout());
    }

    @Test
    void settingsRejectNonsense() {
        FetchSettings d = FetchSettings.defaults();

        assertThatThrownBy(() -> d.withRequestTimeout(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> d.withMaxBodyBytes(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FetchSettings(Duration.ofSeconds(1), Duration.ofSeconds(1), -1, 1, "x"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void validators() {
        assertThat(Validators.NONE.isEmpty()).isTrue();
        assertThat(new Validators("\"x\"", null).isEmpty()).isFalse();
        assertThat(new Validators(null, "date").isEmpty()).isFalse();
    }

    @Test
    void failedReasonIsForcedOntoOneLine() {
        FetchResult.Failed failed = new FetchResult.Failed(URI.create("http://x/"), FailureKind.UNREACHABLE,
                "first\r\nsecond\nthird", 0, null);

        assertThat(failed.reason()).isEqualTo("first second third");
        assertThat(failed.retryAfter()).isEmpty();
    }

    @Test
    void freshComparesBodiesByContent() {
        URI u = URI.create("http://x/");
        FetchResult.Fresh a = new FetchResult.Fresh(u, u, 200, null, new byte[] {1, 2}, Validators.NONE);
        FetchResult.Fresh b = new FetchResult.Fresh(u, u, 200, null, new byte[] {1, 2}, Validators.NONE);

        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a.toString()).contains("2 bytes");
    }

    @Test
    void sizesAndDurationsInReasons() {
        assertThat(Failures.size(16L * 1024 * 1024)).isEqualTo("16 MB");
        assertThat(Failures.size(1024)).isEqualTo("1 KB");
        assertThat(Failures.size(1536)).isEqualTo("1.5 KB");
        assertThat(Failures.size(300)).isEqualTo("300 bytes");
        assertThat(Failures.duration(Duration.ofSeconds(30))).isEqualTo("30 s");
        assertThat(Failures.duration(Duration.ofMillis(300))).isEqualTo("300 ms");
        assertThat(Failures.duration(Duration.ofSeconds(120))).isEqualTo("120 s");
        assertThat(Failures.duration(Duration.ofHours(24))).isEqualTo("24 h");
    }

    @Test
    void retryAfterParsing() {
        assertThat(StatusFailures.retryAfter("120", CLOCK)).isEqualTo(Duration.ofSeconds(120));
        assertThat(StatusFailures.retryAfter(" 0 ", CLOCK)).isEqualTo(Duration.ZERO);
        assertThat(StatusFailures.retryAfter("Fri, 01 Mar 2024 12:01:00 GMT", CLOCK)).isEqualTo(Duration.ofSeconds(60));
        assertThat(StatusFailures.retryAfter("999999999", CLOCK)).isEqualTo(Duration.ofHours(24));
        assertThat(StatusFailures.retryAfter("99999999999999999999999", CLOCK)).isEqualTo(Duration.ofHours(24));
        assertThat(StatusFailures.retryAfter("-5", CLOCK)).isNull();
        assertThat(StatusFailures.retryAfter("Thu, 29 Feb 2024 12:00:00 GMT", CLOCK)).isNull();
        assertThat(StatusFailures.retryAfter("tomorrow", CLOCK)).isNull();
        assertThat(StatusFailures.retryAfter("", CLOCK)).isNull();
    }

    @Test
    void statusDescriptions() {
        assertThat(StatusFailures.describe(500)).isEqualTo("HTTP 500 Internal Server Error");
        assertThat(StatusFailures.describe(429)).isEqualTo("HTTP 429 Too Many Requests");
        assertThat(StatusFailures.describe(599)).isEqualTo("HTTP 599");
    }
}
