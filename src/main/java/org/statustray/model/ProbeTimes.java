package org.statustray.model;

import org.jspecify.annotations.Nullable;

/**
 * How long each phase of a probe took, in milliseconds from the probe's start; null for a phase not reached
 * (or not needed: no TLS for http). {@code total} is the whole probe, reached or not.
 */
public record ProbeTimes(@Nullable Long dns, @Nullable Long connect, @Nullable Long tls, @Nullable Long firstByte,
        long total) {
}
