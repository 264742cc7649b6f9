package org.statustray.store;

import java.time.Instant;
import org.statustray.model.Status;

/**
 * One observed change of status. {@code componentId} is null for the service as a whole; {@code from} is
 * null for the first status ever seen.
 */
public record Transition(String serviceId, String componentId, Status from, Status to, Instant at) {
}
