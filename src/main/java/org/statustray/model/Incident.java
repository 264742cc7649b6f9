package org.statustray.model;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An incident as a status page reports it. {@code status} is {@code investigating}, {@code identified},
 * {@code monitoring}, {@code resolved}, or the source's own word lower-cased; {@code impact} may be null.
 * {@code updates} are in timeline order, oldest first.
 */
public record Incident(
        String id,
        String title,
        String status,
        @Nullable Impact impact,
        @Nullable Instant started,
        @Nullable Instant updated,
        @Nullable Instant resolved,
        @Nullable String url,
        List<IncidentUpdate> updates,
        List<String> componentIds) {

    private static final Set<String> CLOSED_PHASES = Set.of("resolved", "postmortem", "completed");

    public Incident {
        updates = List.copyOf(updates);
        componentIds = List.copyOf(componentIds);
    }

    public boolean isActive() {
        return resolved == null && !CLOSED_PHASES.contains(status);
    }

    /** The newest update in the timeline, or null when the source gave none. */
    public @Nullable IncidentUpdate latestUpdate() {
        return updates.isEmpty() ? null : updates.get(updates.size() - 1);
    }
}
