package org.statustray.source;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.statustray.model.Impact;
import org.statustray.model.Incident;
import org.statustray.model.IncidentUpdate;
import org.statustray.model.Maintenance;
import org.statustray.source.json.Json;
import org.jspecify.annotations.Nullable;

/** Incidents and scheduled maintenances in Statuspage's v2 shape (also incident.io's compatible API). */
final class StatuspageEvents {
    private StatuspageEvents() {
    }

    static Incident incident(JsonNode n, String pageUrl) {
        List<IncidentUpdate> updates = updates(n);
        String status = StatusWords.normal(Json.text(n, "status"));
        Instant resolved = Json.time(n, "resolved_at");
        if (status.isEmpty()) {
            status = resolved == null ? "investigating" : "resolved";
        }
        if (resolved == null && (status.equals("resolved") || status.equals("postmortem"))) {
            resolved = updates.isEmpty() ? Json.time(n, "updated_at") : last(updates).at();
        }
        return new Incident(id(n), title(n), status, impact(Json.text(n, "impact")),
                started(n, updates), updated(n, updates), resolved, link(n, pageUrl, "incidents"),
                updates, componentIds(n));
    }

    static Maintenance maintenance(JsonNode n, String pageUrl) {
        List<IncidentUpdate> updates = updates(n);
        String status = StatusWords.normal(Json.text(n, "status"));
        Instant starts = Json.time(n, "scheduled_for");
        return new Maintenance(id(n), title(n), status.isEmpty() ? "scheduled" : status,
                starts == null ? started(n, updates) : starts, Json.time(n, "scheduled_until"),
                link(n, pageUrl, "incidents"), updates, componentIds(n));
    }

    static @Nullable Impact impact(@Nullable String word) {
        switch (StatusWords.normal(word)) {
            case "": return null;
            case "none": return Impact.NONE;
            case "minor": return Impact.MINOR;
            case "major": return Impact.MAJOR;
            case "critical": return Impact.CRITICAL;
            case "maintenance": return null;
            default: return StatusWords.guessImpact(word);
        }
    }

    /**
     * Updates oldest first by {@code display_at}: for a backfilled incident that is the real event time,
     * while {@code created_at} is when it was typed in, possibly weeks later.
     */
    static List<IncidentUpdate> updates(JsonNode incident) {
        List<IncidentUpdate> updates = new ArrayList<>();
        for (JsonNode u : Json.objects(incident, "incident_updates")) {
            Instant posted = Json.time(u, "created_at");
            Instant at = Json.time(u, "display_at");
            updates.add(new IncidentUpdate(Json.text(u, "id"), StatusWords.normal(Json.text(u, "status")),
                    at == null ? posted : at, posted, u.hasNonNull("body") ? u.get("body").asText() : ""));
        }
        Collections.reverse(updates); // sources list newest first; keep ties in timeline order
        updates.sort(Comparator.comparing(IncidentUpdate::at, Comparator.nullsFirst(Comparator.naturalOrder())));
        return updates;
    }

    /** The provider's id; an item without one gets a stable stand-in so it can still be told apart. */
    private static String id(JsonNode n) {
        String id = Json.text(n, "id");
        return id != null ? id : "untitled-" + Integer.toHexString((title(n) + Json.text(n, "created_at")).hashCode());
    }

    private static String title(JsonNode n) {
        String name = Json.text(n, "name");
        return name == null ? "Untitled incident" : name;
    }

    private static @Nullable Instant started(JsonNode n, List<IncidentUpdate> updates) {
        Instant started = earliest(Json.time(n, "started_at"), Json.time(n, "created_at"));
        return updates.isEmpty() ? started : earliest(started, updates.get(0).at());
    }

    private static @Nullable Instant updated(JsonNode n, List<IncidentUpdate> updates) {
        Instant latest = updates.isEmpty() ? null : last(updates).at();
        if (latest != null) {
            return latest;
        }
        Instant updatedAt = Json.time(n, "updated_at");
        return updatedAt != null ? updatedAt : started(n, updates);
    }

    private static @Nullable Instant earliest(@Nullable Instant a, @Nullable Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isBefore(b) ? a : b;
    }

    private static IncidentUpdate last(List<IncidentUpdate> updates) {
        return updates.get(updates.size() - 1);
    }

    private static @Nullable String link(JsonNode n, @Nullable String pageUrl, String kind) {
        String shortlink = Json.text(n, "shortlink");
        String id = Json.text(n, "id");
        if (shortlink != null && (shortlink.startsWith("https://") || shortlink.startsWith("http://"))) {
            return shortlink;
        }
        return pageUrl == null || id == null ? null : withoutTrailingSlashes(pageUrl) + "/" + kind + "/" + id;
    }

    private static String withoutTrailingSlashes(String url) {
        int end = url.length();
        while (end > 0 && url.charAt(end - 1) == '/') {
            end--;
        }
        return url.substring(0, end);
    }

    /** Ids of the components an incident names, or else those its updates mark as affected. */
    private static List<String> componentIds(JsonNode n) {
        Set<String> ids = new LinkedHashSet<>();
        for (JsonNode c : Json.objects(n, "components")) {
            String id = Json.text(c, "id");
            if (id != null) {
                ids.add(id);
            }
        }
        if (ids.isEmpty()) {
            for (JsonNode u : Json.objects(n, "incident_updates")) {
                for (JsonNode c : Json.objects(u, "affected_components")) {
                    String code = Json.text(c, "code");
                    if (code != null) {
                        ids.add(code);
                    }
                }
            }
        }
        return new ArrayList<>(ids);
    }
}
