package org.statustray.source;

import java.util.ArrayList;
import java.util.List;
import org.statustray.model.Component;
import org.statustray.model.Incident;
import org.statustray.model.Maintenance;
import org.statustray.model.Status;

/** The contract's rule for a page that has no overall indicator of its own. */
final class OverallStatus {
    private OverallStatus() {
    }

    /** Worst component; with no components, what the active incidents and running maintenances imply. */
    static Status withoutIndicator(List<Component> components, List<Incident> incidents,
            List<Maintenance> maintenances) {
        if (!components.isEmpty()) {
            List<Status> statuses = new ArrayList<>();
            components.forEach(c -> statuses.add(c.status()));
            return Status.worst(statuses);
        }
        return fromEvents(incidents, maintenances);
    }

    /**
     * An active incident implies the status of its impact (an incident whose impact is not given counts as
     * degraded); a maintenance under way implies maintenance; nothing implies operational.
     */
    static Status fromEvents(List<Incident> incidents, List<Maintenance> maintenances) {
        List<Status> statuses = new ArrayList<>();
        for (Incident i : incidents) {
            if (i.isActive()) {
                statuses.add(i.impact() == null ? Status.DEGRADED : i.impact().impliedStatus());
            }
        }
        for (Maintenance m : maintenances) {
            if (m.isInProgress()) {
                statuses.add(Status.MAINTENANCE);
            }
        }
        return Status.worst(statuses);
    }
}
