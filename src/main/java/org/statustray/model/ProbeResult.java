package org.statustray.model;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One probe of a service's own address from this machine. {@code reachable}: the host answered HTTP below
 * 500 (401, 403 and 404 count: the server is there). {@code http} is the status code when there was one;
 * {@code failure} and {@code error} (one line) say why it is not reachable, both null when it is.
 */
public record ProbeResult(String url, boolean reachable, @Nullable Integer http, ProbeTimes ms,
        @Nullable ProbeFailure failure, @Nullable String error, Instant at) {
    /** The failures that carry no answer at all: what this machine's network going away looks like. */
    private static final Set<ProbeFailure> NO_ANSWER =
            EnumSet.of(ProbeFailure.DNS, ProbeFailure.UNREACHABLE, ProbeFailure.TIMEOUT);

    /** Whether the host gave any answer at all (a failing server, a refused handshake, a non-HTTP reply still do). */
    public boolean hostAnswered() {
        return reachable || failure != null && !NO_ANSWER.contains(failure);
    }
}
