package org.statustray.ui.all;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.statustray.model.Overlap;
import org.statustray.ui.When;

/** One row of the overlaps list: start, end ("ongoing"), the services by name, their incidents. */
public record OverlapRow(Overlap overlap, String start, String end, String services, String incidents) {

    static OverlapRow of(Overlap o, Function<String, String> names, When when, Instant now) {
        List<String> serviceNames = o.services().stream().map(names).toList();
        List<String> told = o.incidents().stream().map(i -> names.apply(i.service()) + ": " + i.title()).toList();
        return new OverlapRow(o, when.time(o.start(), now), o.end() == null ? "ongoing" : when.time(o.end(), now),
                String.join(", ", serviceNames), told.isEmpty() ? "—" : String.join("; ", told));
    }
}
