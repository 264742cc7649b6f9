package org.statustray.watch;

import java.time.Instant;
import org.statustray.fetch.PageResult;
import org.statustray.model.ServiceConfig;

/**
 * One poll of one service. {@code result} may be {@link PageResult.Unchanged}: the page is as it was at
 * the last {@link PageResult.Read}. {@code monotonicNanos} is the {@link Ticker} reading when the poll
 * ended (for ordering and spacing); {@code wallTime} stamps it for people and the store. {@code seen} is
 * what the result did to the service's state as the poll completed (null: not taken in yet).
 */
public record PollResult(ServiceConfig service, PageResult result, long monotonicNanos, Instant wallTime,
        Observation seen) {

    /** A result not yet taken into the service's state (the pipeline takes it in). */
    public PollResult(ServiceConfig service, PageResult result, long monotonicNanos, Instant wallTime) {
        this(service, result, monotonicNanos, wallTime, null);
    }
}
