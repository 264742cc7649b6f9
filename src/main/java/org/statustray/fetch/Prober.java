package org.statustray.fetch;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.function.LongConsumer;
import org.statustray.model.ProbeFailure;
import org.statustray.model.ProbeResult;

/**
 * Asks a service's own address, from this machine, whether it answers: "is it me or them?". One plain
 * {@code GET} over a socket of its own (no proxy, no pooled connection), so that DNS, connecting, the TLS handshake
 * and the first byte are each timed. It sends no credentials and no cookies, only the page polls' User-Agent, and
 * reads no more than the status line, at most {@link #MAX_READ} bytes. Thread-safe; never throws for network
 * faults: they come back as a result that is not reachable, with one line.
 */
public final class Prober {
    /** The most of an answer a probe reads: a status line fits many times, and no body is ever read. */
    public static final int MAX_READ = 4096;

    private final Duration timeout;
    private final String userAgent;
    private final Clock clock;
    private final ProbeTls tls;
    private final LongConsumer reads;

    /** With the page polls' whole-request timeout. */
    public Prober() {
        this(FetchSettings.defaults().requestTimeout());
    }

    /** @param timeout the whole probe, from DNS to the status line */
    public Prober(Duration timeout) {
        this(timeout, Clock.systemUTC());
    }

    /** @param clock only says when each probe started ({@link ProbeResult#at()}) */
    public Prober(Duration timeout, Clock clock) {
        this(timeout, FetchSettings.defaults().userAgent(), clock, ProbeTls.defaults(), n -> { });
    }

    /** Tests give their own trust for TLS and count the bytes read of each answer in {@code reads}. */
    Prober(Duration timeout, String userAgent, Clock clock, ProbeTls tls, LongConsumer reads) {
        if (timeout.isZero() || timeout.isNegative()) {
            throw new IllegalArgumentException("timeout must be positive: " + timeout);
        }
        this.timeout = timeout;
        this.userAgent = Objects.requireNonNull(userAgent, "userAgent");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.tls = Objects.requireNonNull(tls, "tls");
        this.reads = Objects.requireNonNull(reads, "reads");
    }

    public Duration timeout() {
        return timeout;
    }

    /**
     * Probes {@code uri}: reachable when it answers HTTP below 500. Blocks at most about the timeout.
     *
     * @throws IllegalArgumentException when {@code uri} is not an http(s) address ({@link WebAddress#refusal})
     */
    public ProbeResult probe(URI uri) {
        ProbeAddress address = ProbeAddress.of(uri);
        Instant at = clock.instant();
        ProbeRun run = new ProbeRun(address, timeout);
        try {
            int code = run.statusCode(tls, request(address), reads);
            if (code >= 500) {
                return new ProbeResult(uri.toString(), false, code, run.times(), ProbeFailure.SERVER_ERROR, "HTTP " + code, at);
            }
            return new ProbeResult(uri.toString(), true, code, run.times(), null, null, at);
        } catch (ProbeTrouble t) {
            return new ProbeResult(uri.toString(), false, null, run.times(), t.failure(), t.line(), at);
        }
    }

    /** The whole request: no Authorization, no Cookie, nothing kept open. */
    private byte[] request(ProbeAddress a) {
        String head = "GET " + a.requestTarget() + " HTTP/1.1\r\n"
                + "Host: " + a.hostHeader() + "\r\n"
                + "User-Agent: " + userAgent + "\r\n"
                + "Accept: */*\r\n"
                + "Connection: close\r\n\r\n";
        return head.getBytes(StandardCharsets.US_ASCII);
    }
}
