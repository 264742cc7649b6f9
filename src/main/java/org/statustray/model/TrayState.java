package org.statustray.model;

import java.util.List;

/** What the tray shows: the worst status (icon), a tooltip, and one menu row per service. */
public record TrayState(Status worst, String tooltip, List<Row> services, boolean snoozed) {

    public TrayState {
        services = List.copyOf(services);
    }

    public record Row(String serviceId, String name, Status status, String description) {
    }
}
