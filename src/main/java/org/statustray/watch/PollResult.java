package org.statustray.watch;

import java.time.Instant;
import org.statustray.fetch.PageResult;
import org.statustray.model.ServiceConfig;

/**
 * One poll of one service. {@code result} may be {@link PageResult.Unchanged}: the page is as it was at
 * the last {@link PageResult.Read}. {@code monotonicNanos} is the {@link Ticker} reading when the poll
 * ended (for ordering and spacing); {@code wallTime} stamps it for people and the store.
 */
public record PollResult(ServiceConfig service, PageResult result, long monotonicNanos, Instant wallTime) {
}
