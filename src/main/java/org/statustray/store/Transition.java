package org.statustray.store;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.statustray.model.Status;

/**
 * One observed change of status. {@code componentId} is null for the service as a whole; {@code from} is
 * null for the first status ever seen.
 */
public record Transition(String serviceId, @Nullable String componentId, @Nullable Status from, Status to,
        Instant at) {
}
