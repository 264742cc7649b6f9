package org.statustray.store;

import org.statustray.model.Maintenance;

/** A maintenance from the store with the service it belongs to; its updates are oldest first. */
public record StoredMaintenance(String serviceId, Maintenance maintenance) {
}
