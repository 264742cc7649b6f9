package org.statustray.model;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One probe of a service's own address from this machine. {@code reachable}: the host answered HTTP below
 * 500 (401, 403 and 404 count: the server is there). {@code http} is the status code when there was one;
 * {@code failure} and {@code error} (one line) say why it is not reachable, both null when it is.
 */
public record ProbeResult(String url, boolean reachable, @Nullable Integer http, ProbeTimes ms,
        @Nullable ProbeFailure failure, @Nullable String error, Instant at) {
}
