package org.statustray.fetch;

import java.time.Duration;
import java.util.Objects;
import org.statustray.model.AppVersion;

/**
 * How a {@link Fetcher} talks to servers. {@code requestTimeout} bounds the whole exchange
 * (redirects, headers and body), not just the wait for the headers.
 */
public record FetchSettings(Duration connectTimeout, Duration requestTimeout, int maxRedirects, long maxBodyBytes,
        String userAgent) {

    public FetchSettings {
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(requestTimeout, "requestTimeout");
        if (maxRedirects < 0) {
            throw new IllegalArgumentException("maxRedirects must not be negative: " + maxRedirects);
        }
        if (maxBodyBytes <= 0 || maxBodyBytes > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("maxBodyBytes out of range: " + maxBodyBytes);
        }
        if (userAgent == null || userAgent.isBlank()) {
            throw new IllegalArgumentException("userAgent must not be blank");
        }
    }

    public static FetchSettings defaults() {
        return new FetchSettings(Duration.ofSeconds(10), Duration.ofSeconds(30), 5, 16L * 1024 * 1024,
                "StatusTray/" + AppVersion.get());
    }

    public FetchSettings withRequestTimeout(Duration d) {
        return new FetchSettings(connectTimeout, d, maxRedirects, maxBodyBytes, userAgent);
    }

    /** {@code d} for the whole exchange, and for connecting too when it is shorter than the connect timeout. */
    public FetchSettings withTimeout(Duration d) {
        return withRequestTimeout(d).withConnectTimeout(d.compareTo(connectTimeout) < 0 ? d : connectTimeout);
    }

    public FetchSettings withConnectTimeout(Duration d) {
        return new FetchSettings(d, requestTimeout, maxRedirects, maxBodyBytes, userAgent);
    }

    public FetchSettings withMaxBodyBytes(long n) {
        return new FetchSettings(connectTimeout, requestTimeout, maxRedirects, n, userAgent);
    }

    private static void requirePositive(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isZero() || d.isNegative()) {
            throw new IllegalArgumentException(name + " must be positive: " + d);
        }
    }
}
