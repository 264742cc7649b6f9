package org.statustray.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.statustray.fetch.FetchAssertions.assertFailed;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.statustray.testing.LocalServer;

/** Unusable HTTP statuses, and the Retry-After hint of 429 and 503. */
@Timeout(10)
class FetcherStatusTest {
    private static final Instant NOW = Instant.parse("2024-03-01T12:00:00Z");

    private final LocalServer server = LocalServer.start();
    private final Fetcher fetcher = new Fetcher(FetchSettings.defaults(), Clock.fixed(NOW, ZoneOffset.UTC));

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void serverErrorIsHttpStatus() {
        server.json("/boom", 500, "{\"error\":\"stack trace\nline 2\"}");

        FetchResult.Failed failed = assertFailed(fetcher.fetch(server.uri("/boom"), Validators.NONE), FailureKind.HTTP_STATUS);

        assertThat(failed.reason()).isEqualTo("HTTP 500 Internal Server Error");
        assertThat(failed.httpStatus()).isEqualTo(500);
        assertThat(failed.retryAfter()).isEmpty();
    }

    @Test
    void notFoundIsHttpStatus() {
        server.json("/missing", 404, "nope");

        FetchResult.Failed failed = assertFailed(fetcher.fetch(server.uri("/missing"), Validators.NONE), FailureKind.HTTP_STATUS);

        assertThat(failed.reason()).isEqualTo("HTTP 404 Not Found");
        assertThat(failed.httpStatus()).isEqualTo(404);
    }

    @Test
    void tooManyRequestsCarriesRetryAfterSeconds() {
        server.route("/limited", ex -> {
            ex.getResponseHeaders().set("Retry-After", "120");
            LocalServer.respond(ex, 429, "text/plain", "slow down".getBytes(StandardCharsets.UTF_8));
        });

        FetchResult.Failed failed = assertFailed(fetcher.fetch(server.uri("/limited"), Validators.NONE), FailureKind.HTTP_STATUS);

        assertThat(failed.httpStatus()).isEqualTo(429);
        assertThat(failed.retryAt()).isEqualTo(NOW.plusSeconds(120));
        assertThat(failed.retryAfter()).contains(NOW.plusSeconds(120));
        assertThat(failed.reason()).isEqualTo("HTTP 429 Too Many Requests; retry after 120 s");
    }

    @Test
    void unavailableCarriesRetryAfterHttpDate() {
        String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(NOW.plusSeconds(90).atZone(ZoneOffset.UTC));
        server.route("/down", ex -> {
            ex.getResponseHeaders().set("Retry-After", date);
            LocalServer.respond(ex, 503, "text/plain", new byte[0]);
        });

        FetchResult.Failed failed = assertFailed(fetcher.fetch(server.uri("/down"), Validators.NONE), FailureKind.HTTP_STATUS);

        assertThat(failed.retryAt()).isEqualTo(NOW.plusSeconds(90));
        assertThat(failed.reason()).isEqualTo("HTTP 503 Service Unavailable; retry after 90 s");
    }

    @Test
    void unparseableRetryAfterIsIgnored() {
        server.route("/down", ex -> {
            ex.getResponseHeaders().set("Retry-After", "soon-ish");
            LocalServer.respond(ex, 503, "text/plain", new byte[0]);
        });

        FetchResult.Failed failed = assertFailed(fetcher.fetch(server.uri("/down"), Validators.NONE), FailureKind.HTTP_STATUS);

        assertThat(failed.retryAt()).isNull();
        assertThat(failed.reason()).isEqualTo("HTTP 503 Service Unavailable");
    }
}
