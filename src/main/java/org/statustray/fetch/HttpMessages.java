package org.statustray.fetch;

import java.net.URI;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/** Building requests and reading response headers; no state. */
final class HttpMessages {
    static final String ACCEPT = "application/json, application/xml;q=0.9, */*;q=0.8";

    private HttpMessages() {
    }

    static HttpRequest request(URI target, Validators previous, FetchSettings settings, Duration timeout) {
        HttpRequest.Builder request = HttpRequest.newBuilder(target).GET()
                .timeout(timeout)
                .header("User-Agent", settings.userAgent())
                .header("Accept-Encoding", "gzip")
                .header("Accept", ACCEPT);
        if (previous.etag() != null && !previous.etag().isBlank()) {
            request.header("If-None-Match", previous.etag());
        }
        if (previous.lastModified() != null && !previous.lastModified().isBlank()) {
            request.header("If-Modified-Since", previous.lastModified());
        }
        return request.build();
    }

    static Validators validators(HttpHeaders headers) {
        return new Validators(headers.firstValue("ETag").orElse(null), headers.firstValue("Last-Modified").orElse(null));
    }

    /** The declared {@code Content-Length}, {@link Long#MAX_VALUE} if absurdly long, or -1 if absent or malformed. */
    static long declaredLength(HttpHeaders headers) {
        String v = headers.firstValue("Content-Length").orElse("").strip();
        if (v.isEmpty() || !v.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return -1;
        }
        return v.length() > 18 ? Long.MAX_VALUE : Long.parseLong(v);
    }

    /** Why {@code uri} cannot be fetched at all, or null if it can. */
    static @Nullable String inputRefusal(URI uri) {
        if (!WebAddress.isHttp(uri)) {
            return "only http and https URLs are supported";
        }
        if (uri.getHost() == null) {
            return "the URL has no host name";
        }
        return WebAddress.refusal(uri);
    }

    /** {@code location} resolved against {@code from}, or null if it is not a valid URI reference. */
    static @Nullable URI resolve(URI from, String location) {
        try {
            return from.resolve(location);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * Why following a redirect to {@code next} (null if invalid) is refused, or null if it may be followed:
     * only to an http(s) address with a host, no credentials and a real port, as for the address asked for.
     */
    static @Nullable String redirectRefusal(@Nullable URI next, String location, int redirectsSoFar, int maxRedirects) {
        if (next == null) {
            return "invalid redirect location: " + Failures.excerpt(location, 100);
        }
        if (!WebAddress.isHttp(next)) {
            return "refused redirect to a non-http URL: " + Failures.excerpt(next.toString(), 100);
        }
        if (next.getRawUserInfo() != null) {
            return "refused redirect to an address with a user name or password";
        }
        if (WebAddress.refusal(next) != null) {
            return "invalid redirect location: " + Failures.excerpt(location, 100);
        }
        if (redirectsSoFar >= maxRedirects) {
            return "too many redirects (more than " + maxRedirects + ")";
        }
        return null;
    }
}
