package org.statustray.model;

/** What changed between two reads of a service (or, for OFFLINE/ONLINE, of the network). */
public enum ChangeKind {
    DEGRADED, WORSE, PARTLY_RECOVERED, RECOVERED,
    INCIDENT_OPENED, INCIDENT_UPDATED, INCIDENT_RESOLVED,
    MAINTENANCE_STARTED, MAINTENANCE_ENDED,
    UNREADABLE, READABLE_AGAIN,
    OFFLINE, ONLINE
}
