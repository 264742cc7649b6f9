package org.statustray.model;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A planned maintenance. {@code status} is {@code scheduled}, {@code in_progress}, {@code verifying} or
 * {@code completed} (or the source's own word lower-cased). {@code updates} are oldest first.
 */
public record Maintenance(
        String id,
        String title,
        String status,
        @Nullable Instant starts,
        @Nullable Instant ends,
        @Nullable String url,
        List<IncidentUpdate> updates,
        List<String> componentIds) {

    public Maintenance {
        updates = List.copyOf(updates);
        componentIds = List.copyOf(componentIds);
    }

    public boolean isInProgress() {
        return "in_progress".equals(status) || "verifying".equals(status);
    }

    public boolean isUpcoming() {
        return "scheduled".equals(status);
    }

    /** Scheduled or under way: what a summary lists. */
    public boolean isOpen() {
        return isUpcoming() || isInProgress();
    }
}
