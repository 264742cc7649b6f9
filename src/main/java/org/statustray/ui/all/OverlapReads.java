package org.statustray.ui.all;

import java.time.Instant;
import java.util.List;
import org.statustray.model.Overlap;

/**
 * The spans when two or more watched services were not operational at once, newest first: the store's one overlap rule ({@code store.OverlapSpans}), read off the FX thread.
 */
@FunctionalInterface
public interface OverlapReads {
    /** None: for a store that could not be opened, and for previews. */
    OverlapReads NONE = (serviceIds, from, to, now) -> List.of();

    /** The spans among {@code serviceIds} on at some time in [{@code from}, {@code to}]; ongoing at {@code now}: no end. */
    List<Overlap> overlaps(List<String> serviceIds, Instant from, Instant to, Instant now);
}
