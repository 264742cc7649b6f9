package org.statustray.store;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.statustray.model.Incident;

/**
 * An incident from the store with the service it belongs to; its updates are oldest first. {@code lead}: how
 * far ahead of the status page StatusTray saw it, when it did.
 */
public record StoredIncident(String serviceId, Incident incident, @Nullable Duration lead) {
}
