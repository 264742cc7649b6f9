package org.statustray.model;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A span when two or more watched services were not operational at once ({@code history --overlaps}, the
 * all-services window, the history's "At the same time"): from {@code start} to {@code end} (null while it
 * goes on), the ids of the services in it, and the incidents of theirs that were open during it.
 */
public record Overlap(Instant start, @Nullable Instant end, List<String> services, List<OverlapIncident> incidents) {

    public Overlap {
        services = List.copyOf(services);
        incidents = List.copyOf(incidents);
    }

    /** An incident of one of the services, open during the span. */
    public record OverlapIncident(String service, @Nullable String id, String title) {
    }
}
