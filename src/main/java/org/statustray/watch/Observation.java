package org.statustray.watch;

import java.util.List;
import org.statustray.model.Change;
import org.statustray.model.Snapshot;

/**
 * What one poll result did to a service, as it stood then (a later poll may have moved it on by the time
 * the result is handled): the confirmed page before and after, the page as read before, and what changed.
 */
public record Observation(Snapshot before, Snapshot previousRead, Snapshot after, List<Change> changes) {
    public Observation {
        changes = List.copyOf(changes);
    }
}
