package org.statustray.model;

import java.util.List;

/** Every incident and maintenance a history endpoint lists, resolved ones included. */
public record History(List<Incident> incidents, List<Maintenance> maintenances) {
    public History {
        incidents = List.copyOf(incidents);
        maintenances = List.copyOf(maintenances);
    }
}
