package org.statustray.fetch;

import java.net.URI;
import java.net.http.HttpHeaders;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Failures for unusable HTTP statuses, with the {@code Retry-After} hint of 429 and 503. */
final class StatusFailures {
    static final Duration MAX_RETRY_AFTER = Duration.ofHours(24);

    private static final Map<Integer, String> PHRASES = Map.ofEntries(
            Map.entry(100, "Continue"), Map.entry(101, "Switching Protocols"),
            Map.entry(300, "Multiple Choices"), Map.entry(301, "Moved Permanently"), Map.entry(302, "Found"),
            Map.entry(303, "See Other"), Map.entry(305, "Use Proxy"), Map.entry(307, "Temporary Redirect"),
            Map.entry(308, "Permanent Redirect"),
            Map.entry(400, "Bad Request"), Map.entry(401, "Unauthorized"), Map.entry(403, "Forbidden"),
            Map.entry(404, "Not Found"), Map.entry(405, "Method Not Allowed"), Map.entry(406, "Not Acceptable"),
            Map.entry(407, "Proxy Authentication Required"), Map.entry(408, "Request Timeout"),
            Map.entry(409, "Conflict"), Map.entry(410, "Gone"), Map.entry(411, "Length Required"),
            Map.entry(412, "Precondition Failed"), Map.entry(413, "Content Too Large"),
            Map.entry(414, "URI Too Long"), Map.entry(415, "Unsupported Media Type"),
            Map.entry(418, "I'm a teapot"), Map.entry(421, "Misdirected Request"),
            Map.entry(422, "Unprocessable Content"), Map.entry(425, "Too Early"),
            Map.entry(426, "Upgrade Required"), Map.entry(428, "Precondition Required"),
            Map.entry(429, "Too Many Requests"), Map.entry(431, "Request Header Fields Too Large"),
            Map.entry(451, "Unavailable For Legal Reasons"),
            Map.entry(500, "Internal Server Error"), Map.entry(501, "Not Implemented"),
            Map.entry(502, "Bad Gateway"), Map.entry(503, "Service Unavailable"),
            Map.entry(504, "Gateway Timeout"), Map.entry(505, "HTTP Version Not Supported"),
            Map.entry(507, "Insufficient Storage"), Map.entry(508, "Loop Detected"),
            Map.entry(511, "Network Authentication Required"));

    private StatusFailures() {
    }

    /** "HTTP 404 Not Found", or just "HTTP 599" for codes without a well-known phrase. */
    static String describe(int status) {
        String phrase = PHRASES.get(status);
        return phrase == null ? "HTTP " + status : "HTTP " + status + " " + phrase;
    }

    static FetchResult.Failed failed(URI uri, int status, HttpHeaders headers, Clock clock) {
        String reason = describe(status);
        Instant retryAt = null;
        if (status == 429 || status == 503) {
            Duration wait = headers.firstValue("Retry-After").map(v -> retryAfter(v, clock)).orElse(null);
            if (wait != null) {
                retryAt = clock.instant().plus(wait);
                reason += "; retry after " + Failures.duration(wait);
            }
        }
        return new FetchResult.Failed(uri, FailureKind.HTTP_STATUS, reason, status, retryAt);
    }

    /**
     * Parses a {@code Retry-After} value (delta-seconds or an RFC 1123 HTTP-date) into a wait,
     * capped at 24 h; null when unparseable or in the past.
     */
    static @Nullable Duration retryAfter(String value, Clock clock) {
        String v = value.strip();
        Duration wait;
        if (!v.isEmpty() && v.chars().allMatch(c -> c >= '0' && c <= '9')) {
            wait = v.length() > 9 ? MAX_RETRY_AFTER : Duration.ofSeconds(Long.parseLong(v));
        } else {
            try {
                Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                wait = Duration.between(clock.instant(), at);
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        if (wait.isNegative()) {
            return null;
        }
        return wait.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : wait;
    }
}
