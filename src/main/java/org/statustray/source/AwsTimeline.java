package org.statustray.source;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.statustray.model.Impact;
import org.statustray.model.Incident;
import org.statustray.model.IncidentUpdate;

/**
 * AWS posts grouped into incidents. Per service, posts are taken oldest first: a post opens an incident
 * unless one is open, and a closing post ("Service is operating normally", "Resolved", "[RESOLVED]") ends
 * it. A closing post right after another (AWS often adds a summary after the all-clear) joins the ended
 * incident instead of making a new one.
 */
final class AwsTimeline {
    private AwsTimeline() {
    }

    /** Every incident, oldest first within each service, services in the order the feed names them. */
    static List<Incident> incidents(List<AwsPost> posts) {
        Map<String, List<List<AwsPost>>> runsByService = new LinkedHashMap<>();
        List<AwsPost> sorted = new ArrayList<>(posts);
        sorted.sort(Comparator.comparing(AwsPost::at, Comparator.nullsFirst(Comparator.naturalOrder())));
        for (AwsPost p : posts) {
            runsByService.putIfAbsent(key(p), new ArrayList<>());
        }
        for (AwsPost p : sorted) {
            List<List<AwsPost>> runs = runsByService.computeIfAbsent(key(p), k -> new ArrayList<>());
            List<AwsPost> run = runs.isEmpty() ? null : runs.get(runs.size() - 1);
            if (run == null || (isClosed(run) && !p.closing())) {
                run = new ArrayList<>();
                runs.add(run);
            }
            run.add(p);
        }
        List<Incident> incidents = new ArrayList<>();
        runsByService.values().forEach(runs -> runs.forEach(run -> incidents.add(incident(run))));
        return incidents;
    }

    private static Incident incident(List<AwsPost> run) {
        AwsPost first = run.get(0);
        AwsPost last = run.get(run.size() - 1);
        Instant resolved = null;
        Impact impact = null;
        List<IncidentUpdate> updates = new ArrayList<>();
        for (AwsPost p : run) {
            if (p.closing() && resolved == null) {
                resolved = p.at();
            }
            if (!p.closing()) {
                impact = p.impact();
            }
            updates.add(new IncidentUpdate(p.guid(), p.word(), p.at(), p.at(), p.text()));
        }
        boolean closed = isClosed(run);
        return new Incident(first.guid() != null ? first.guid() : key(first) + "@" + first.at(),
                last.headline(), closed ? "resolved" : last.word(), impact, first.at(), last.at(),
                closed ? resolved : null, last.link(), updates,
                first.serviceId() == null ? List.of() : List.of(first.serviceId()));
    }

    private static boolean isClosed(List<AwsPost> run) {
        return run.stream().anyMatch(AwsPost::closing);
    }

    /** Posts without a service id stand alone, keyed by their headline. */
    private static String key(AwsPost p) {
        return p.serviceId() != null ? p.serviceId() : "headline:" + p.headline();
    }
}
