package org.statustray.store;

import org.statustray.model.Incident;

/** An incident from the store with the service it belongs to; its updates are oldest first. */
public record StoredIncident(String serviceId, Incident incident) {
}
