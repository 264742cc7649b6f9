package org.statustray.fetch;

import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;
import org.jspecify.annotations.Nullable;
import org.statustray.source.text.OneLine;

/** Turns what went wrong into a short, one-line {@link FetchResult.Failed}. */
final class Failures {
    static final int MAX_REASON = 300;
    static final String CLOSED_EARLY = "the connection closed before the whole response arrived";

    private Failures() {
    }

    static FetchResult.Failed failed(URI uri, FailureKind kind, @Nullable String reason) {
        return new FetchResult.Failed(uri, kind, reason, 0, null);
    }

    static FetchResult.Failed timedOut(URI uri, Duration timeout) {
        return failed(uri, FailureKind.UNREACHABLE, "no answer within " + duration(timeout));
    }

    static FetchResult.Failed tooLarge(URI uri, long limit) {
        return failed(uri, FailureKind.TOO_LARGE, "the response is larger than " + size(limit));
    }

    static FetchResult.Failed overBudget(URI uri) {
        return failed(uri, FailureKind.TOO_LARGE, "too many large responses at once to hold in memory; trying again later");
    }

    /** Maps an exception from the exchange of {@code current} (the URL being fetched) to a failure. */
    static FetchResult.Failed fromThrowable(URI uri, URI current, Throwable thrown, FetchSettings settings) {
        Throwable t = unwrap(thrown);
        BodyTooLargeException large = find(t, BodyTooLargeException.class);
        if (large != null) {
            return large.overBudget() ? overBudget(uri) : tooLarge(uri, settings.maxBodyBytes());
        }
        if (t instanceof InterruptedException) {
            return failed(uri, FailureKind.UNREACHABLE, "interrupted");
        }
        if (find(t, UnresolvedAddressException.class) != null || find(t, UnknownHostException.class) != null) {
            return failed(uri, FailureKind.UNREACHABLE, "cannot resolve host " + current.getHost());
        }
        if (find(t, HttpConnectTimeoutException.class) != null) {
            return failed(uri, FailureKind.UNREACHABLE,
                    "no connection to " + hostPort(current) + " within " + duration(settings.connectTimeout()));
        }
        if (find(t, HttpTimeoutException.class) != null || find(t, TimeoutException.class) != null) {
            return timedOut(uri, settings.requestTimeout());
        }
        ConnectException refused = find(t, ConnectException.class);
        if (refused != null) {
            String msg = deepestMessage(refused);
            return failed(uri, FailureKind.UNREACHABLE, msg == null || msg.toLowerCase(Locale.ROOT).contains("refused")
                    ? "connection refused by " + hostPort(current)
                    : "cannot connect to " + hostPort(current) + ": " + msg);
        }
        if (find(t, SSLException.class) != null) {
            return failed(uri, FailureKind.UNREACHABLE, "secure connection failed: " + deepestMessage(t));
        }
        if (find(t, EOFException.class) != null || looksClosedEarly(deepestMessage(t))) {
            return failed(uri, FailureKind.UNREACHABLE, CLOSED_EARLY);
        }
        if (t instanceof IOException) {
            String msg = deepestMessage(t);
            return failed(uri, FailureKind.UNREACHABLE, "network error: " + (msg == null ? t.getClass().getSimpleName() : msg));
        }
        return failed(uri, FailureKind.UNREACHABLE, "unexpected error: " + t.getClass().getSimpleName()
                + (t.getMessage() == null ? "" : ": " + t.getMessage()));
    }

    private static Throwable unwrap(Throwable t) {
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    private static <T extends Throwable> @Nullable T find(@Nullable Throwable t, Class<T> type) {
        for (int depth = 0; t != null && depth < 20; t = t.getCause(), depth++) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static @Nullable String deepestMessage(@Nullable Throwable t) {
        String msg = null;
        for (int depth = 0; t != null && depth < 20; t = t.getCause(), depth++) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                msg = t.getMessage();
            }
        }
        return msg;
    }

    private static boolean looksClosedEarly(@Nullable String msg) {
        if (msg == null) {
            return false;
        }
        String m = msg.toLowerCase(Locale.ROOT);
        return m.contains("reset") || m.contains("closed") || m.contains("broken pipe") || m.contains("eof")
                || m.contains("bytes received") || m.contains("received no bytes");
    }

    private static String hostPort(URI uri) {
        int port = uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
        return uri.getHost() + ":" + port;
    }

    /** "16 MB", "1 KB", "1.5 KB", "300 bytes". */
    static String size(long bytes) {
        if (bytes >= 1024 * 1024) {
            return scaled(bytes, 1024 * 1024, "MB");
        }
        return bytes >= 1024 ? scaled(bytes, 1024, "KB") : bytes + " bytes";
    }

    private static String scaled(long bytes, long unit, String name) {
        return bytes % unit == 0 ? bytes / unit + " " + name
                : String.format(Locale.ROOT, "%.1f %s", (double) bytes / unit, name);
    }

    /** "300 ms", "30 s", "20 min", "24 h". */
    static String duration(Duration d) {
        long ms = d.toMillis();
        if (ms < 10_000 && ms % 1000 != 0) {
            return ms + " ms";
        }
        long s = (ms + 999) / 1000;
        if (s < 600) {
            return s + " s";
        }
        return s < 3 * 3600 ? (s + 59) / 60 + " min" : (s + 3599) / 3600 + " h";
    }

    /** An excerpt of text a server sent (a redirect location), safe to quote in a reason. */
    static String excerpt(@Nullable String s, int max) {
        return OneLine.of(s, max);
    }

    /** A reason as one line of at most {@link #MAX_REASON} characters, without control characters. */
    static String oneLine(@Nullable String reason) {
        String line = OneLine.of(reason, MAX_REASON);
        return line.isEmpty() ? "unknown error" : line;
    }
}
