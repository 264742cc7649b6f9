package org.statustray.source;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.statustray.model.Incident;
import org.statustray.model.IncidentUpdate;
import org.statustray.model.Maintenance;
import org.statustray.source.json.Json;
import org.jspecify.annotations.Nullable;

/**
 * Cachet incidents (with their {@code updates}, Cachet 2.4) and maintenances: incidents of status 0
 * "Scheduled" up to Cachet 2.3, entries of {@code /api/v1/schedules} from 2.4. Cachet writes times as
 * {@code YYYY-MM-DD HH:MM:SS} in the server's own zone without saying which; they are read as UTC.
 */
final class CachetEvents {
    private CachetEvents() {
    }

    /** Cachet's incident statuses; 0 "Scheduled" is a maintenance, not a phase. */
    static String phase(@Nullable String code, @Nullable String words) {
        switch (code == null ? "" : code) {
            case "1": return "investigating";
            case "2": return "identified";
            case "3": return "monitoring"; // Cachet's "Watching"
            case "4": return "resolved"; // Cachet's "Fixed"
            default:
                String w = StatusWords.normal(words);
                return w.isEmpty() ? "investigating" : w;
        }
    }

    static boolean isScheduled(JsonNode n) {
        return "0".equals(Json.text(n, "status"));
    }

    static Incident incident(JsonNode n, @Nullable String pageRoot) {
        List<IncidentUpdate> updates = updates(n, null);
        String code = Json.text(n, "latest_status");
        if (code == null) {
            List<JsonNode> posts = Json.objects(n, "updates");
            code = posts.isEmpty() ? Json.text(n, "status") : Json.text(newest(posts), "status");
        }
        String words = Json.text(n, "latest_human_status");
        String phase = Json.bool(n, "is_resolved") ? "resolved"
                : phase(code, words != null ? words : Json.text(n, "human_status"));
        if (updates.size() == 1 && updates.get(0).status() == null) {
            IncidentUpdate only = updates.get(0);
            updates = List.of(new IncidentUpdate(only.id(), phase, only.at(), only.postedAt(), only.body()));
        }
        Instant started = started(n);
        Instant latest = updates.isEmpty() ? null : updates.get(updates.size() - 1).at();
        Instant updated = latest != null ? latest : Json.time(n, "updated_at");
        updated = updated != null ? updated : started;
        return new Incident(id(n), title(n), phase, null, started, updated, phase.equals("resolved") ? updated : null,
                link(n, pageRoot, "incidents"), updates, componentIds(n));
    }

    /** A status-0 incident of Cachet 2.3 and earlier. */
    static Maintenance scheduledIncident(JsonNode n, @Nullable String pageRoot) {
        Instant starts = Json.time(n, "scheduled_at");
        return new Maintenance(id(n), title(n), "scheduled", starts != null ? starts : started(n), null,
                link(n, pageRoot, "incidents"), updates(n, "scheduled"), componentIds(n));
    }

    /**
     * A Cachet 2.4 schedule: 0 upcoming, 1 in progress, 2 complete. Like Cachet's own page, an upcoming
     * one whose start has passed counts as in progress until someone completes it.
     */
    static Maintenance schedule(JsonNode n, @Nullable String pageRoot, Instant fetchedAt) {
        Instant starts = Json.time(n, "scheduled_at");
        Instant completed = Json.time(n, "completed_at");
        String code = Json.text(n, "status");
        String status;
        if (completed != null || "2".equals(code)) {
            status = "completed";
        } else if ("1".equals(code) || starts != null && fetchedAt != null && !starts.isAfter(fetchedAt)) {
            status = "in_progress";
        } else {
            String w = StatusWords.normal(Json.text(n, "human_status"));
            status = "0".equals(code) || w.isEmpty() ? "scheduled" : w;
        }
        List<String> components = new ArrayList<>();
        for (JsonNode c : Json.objects(n, "components")) {
            String id = Json.text(c, "component_id");
            if (id != null) {
                components.add(id);
            }
        }
        return new Maintenance(id(n), title(n), status, starts, completed, link(n, pageRoot, "schedules"),
                updates(n, null), components);
    }

    /** The first post (the item's own message), then its updates, oldest first. */
    private static List<IncidentUpdate> updates(JsonNode n, @Nullable String firstStatus) {
        List<IncidentUpdate> updates = new ArrayList<>();
        String message = Json.text(n, "message");
        if (message != null) {
            Instant created = Json.time(n, "created_at");
            updates.add(new IncidentUpdate(null, firstStatus, started(n), created, message));
        }
        List<IncidentUpdate> later = new ArrayList<>();
        for (JsonNode u : Json.objects(n, "updates")) {
            Instant at = Json.time(u, "created_at");
            String body = Json.text(u, "message");
            later.add(new IncidentUpdate(Json.text(u, "id"), phase(Json.text(u, "status"), Json.text(u, "human_status")),
                    at, at, body == null ? "" : body));
        }
        later.sort(Comparator.comparing(IncidentUpdate::at, Comparator.nullsFirst(Comparator.naturalOrder())));
        updates.addAll(later);
        return updates;
    }

    private static JsonNode newest(List<JsonNode> posts) {
        return posts.stream().max(Comparator.comparing((JsonNode u) -> Json.time(u, "created_at"),
                Comparator.nullsFirst(Comparator.naturalOrder()))).orElseThrow();
    }

    private static @Nullable Instant started(JsonNode n) {
        Instant occurred = Json.time(n, "occurred_at");
        return occurred != null ? occurred : Json.time(n, "created_at");
    }

    private static List<String> componentIds(JsonNode n) {
        String id = Json.text(n, "component_id");
        return id == null || id.equals("0") ? List.of() : List.of(id);
    }

    private static @Nullable String link(JsonNode n, @Nullable String pageRoot, String kind) {
        String permalink = Json.text(n, "permalink");
        if (permalink != null && (permalink.startsWith("https://") || permalink.startsWith("http://"))) {
            return permalink;
        }
        String id = Json.text(n, "id");
        return id == null ? null : pageRoot + "/" + kind + "/" + id;
    }

    private static String id(JsonNode n) {
        String id = Json.text(n, "id");
        return id != null ? id : "cachet-" + Integer.toHexString((title(n) + Json.text(n, "created_at")).hashCode());
    }

    private static String title(JsonNode n) {
        String name = Json.text(n, "name");
        return name == null ? "Untitled" : name;
    }
}
