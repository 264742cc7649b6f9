package org.statustray.model;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A desktop notification to show. {@code thread} groups notices that should replace each other's bubble
 * (every update of one incident); {@code url} is the status page or incident to open.
 */
public record Notice(String key, @Nullable String serviceId, String summary, String body, Status status,
        Urgency urgency, @Nullable String thread, @Nullable String url, Instant at) {

    public enum Urgency { LOW, NORMAL, CRITICAL }
}
