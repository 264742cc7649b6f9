package org.statustray.ui.all;

import java.time.Instant;
import java.util.List;
import org.statustray.model.Overlap;

/**
 * The spans when two or more watched services were not operational at once, between two instants, newest
 * first: the store's one overlap rule ({@code store.OverlapSpans}), read off the FX thread.
 */
@FunctionalInterface
public interface OverlapReads {
    /** None: for a store that could not be opened, and for previews. */
    OverlapReads NONE = (from, to) -> List.of();

    List<Overlap> overlaps(Instant from, Instant to);
}
