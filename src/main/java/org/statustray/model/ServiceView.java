package org.statustray.model;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the windows know of one watched service right now. {@code failure} says why the latest read failed
 * (null after a good one; "not read yet" for an unknown service never read); {@code lastChecked} is the last
 * poll (null: not yet); {@code lastGoodAt} when the data shown was
 * read (null: never); incidents are the active ones, maintenances those scheduled or under way.
 */
public record ServiceView(String id, String name, String url, Status status, @Nullable String description,
        @Nullable String failure, @Nullable Instant lastChecked, @Nullable Instant lastGoodAt,
        List<Incident> activeIncidents, List<Maintenance> maintenances) {

    public ServiceView {
        activeIncidents = activeIncidents == null ? List.of() : List.copyOf(activeIncidents);
        maintenances = maintenances == null ? List.of() : List.copyOf(maintenances);
    }
}
