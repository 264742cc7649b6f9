package org.statustray.ui.overview;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.statustray.model.Maintenance;
import org.statustray.model.MaintenancePhase;

/**
 * Which of a page's maintenances the overview lists one by one: every one under way, and the planned ones
 * while they are few; more than {@link #LISTED} planned become one line ("47 maintenances planned · next 12 Aug
 * 14:00 CEST"). One whose window has passed is neither ({@link MaintenancePhase}).
 *
 * @param listed  under way first, then planned, each soonest first
 * @param planned how many planned are not listed (0: every one is)
 * @param next    the soonest start among those not listed (null: none, or none gives a start)
 */
record PlannedMaintenances(List<Maintenance> listed, int planned, @Nullable Instant next) {
    static final int LISTED = 3;
    private static final Comparator<Maintenance> SOONEST = Comparator.comparing(Maintenance::starts,
            Comparator.nullsLast(Comparator.naturalOrder()));

    PlannedMaintenances {
        listed = List.copyOf(listed);
    }

    static PlannedMaintenances of(List<Maintenance> maintenances, Instant now) {
        List<Maintenance> underWay = inPhase(maintenances, MaintenancePhase.UNDER_WAY, now);
        List<Maintenance> planned = inPhase(maintenances, MaintenancePhase.PLANNED, now);
        if (planned.size() <= LISTED) {
            return new PlannedMaintenances(Stream.concat(underWay.stream(), planned.stream()).toList(), 0, null);
        }
        return new PlannedMaintenances(underWay, planned.size(), planned.get(0).starts());
    }

    private static List<Maintenance> inPhase(List<Maintenance> all, MaintenancePhase phase, Instant now) {
        return all.stream().filter(m -> MaintenancePhase.of(m, now) == phase).sorted(SOONEST).toList();
    }
}
