package org.statustray.source;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.statustray.model.Component;
import org.statustray.model.Incident;
import org.statustray.model.IncidentUpdate;
import org.statustray.model.Maintenance;
import org.statustray.source.json.Json;
import org.jspecify.annotations.Nullable;

/**
 * Status.io incidents and maintenances. Each message carries a numeric {@code state} (the incident's
 * phase) and {@code status} (a status code, the severity at that point); the public status API lists
 * only open incidents.
 */
final class StatusioEvents {
    private StatusioEvents() {
    }

    /** Status.io's incident states; anything else is kept as its own word, or read as still open. */
    static String phase(@Nullable String state) {
        switch (state == null ? "" : state) {
            case "100": return "investigating";
            case "200": return "identified";
            case "300": return "monitoring";
            default:
                String w = StatusWords.normal(state);
                return w.isEmpty() || w.chars().allMatch(Character::isDigit) ? "investigating" : w;
        }
    }

    static Incident incident(JsonNode n, List<Component> leaves) {
        List<IncidentUpdate> updates = updates(n, true);
        IncidentUpdate latest = updates.isEmpty() ? null : updates.get(updates.size() - 1);
        String severity = Json.text(latestMessage(n), "status"); // a status code, like status_code elsewhere
        Instant opened = Json.time(n, "datetime_open");
        Instant started = opened != null || updates.isEmpty() ? opened : updates.get(0).at();
        String phase = latest != null && latest.status() != null ? latest.status() : "investigating";
        return new Incident(id(n), title(n), phase,
                StatusImpacts.impactOf(StatusioReader.status(severity, severity)),
                started, latest != null && latest.at() != null ? latest.at() : started, null, null, updates,
                componentIds(n, leaves));
    }

    static Maintenance maintenance(JsonNode n, String status, List<Component> leaves) {
        Instant starts = Json.time(n, "datetime_planned_start");
        return new Maintenance(id(n), title(n), status, starts != null ? starts : Json.time(n, "datetime_open"),
                Json.time(n, "datetime_planned_end"), null, updates(n, false), componentIds(n, leaves));
    }

    /** Messages oldest first. A maintenance message's {@code state} is not an incident phase: left out. */
    private static List<IncidentUpdate> updates(JsonNode n, boolean incident) {
        List<IncidentUpdate> updates = new ArrayList<>();
        for (JsonNode m : Json.objects(n, "messages")) {
            Instant at = Json.time(m, "datetime");
            String details = Json.text(m, "details");
            updates.add(new IncidentUpdate(Json.text(m, "_id"), incident ? phase(Json.text(m, "state")) : null, at, at,
                    details == null ? "" : details));
        }
        updates.sort(Comparator.comparing(IncidentUpdate::at, Comparator.nullsFirst(Comparator.naturalOrder())));
        return updates;
    }

    /** The message with the latest time, whose status code is the incident's current severity. */
    private static @Nullable JsonNode latestMessage(JsonNode n) {
        JsonNode latest = null;
        Instant latestAt = null;
        for (JsonNode m : Json.objects(n, "messages")) {
            Instant at = Json.time(m, "datetime");
            if (latest == null || at != null && (latestAt == null || !at.isBefore(latestAt))) {
                latest = m;
                latestAt = at;
            }
        }
        return latest;
    }

    /**
     * The leaves an item affects: those of its affected components in its affected containers (in all
     * of them when it names none). Without a match the affected component ids themselves.
     */
    private static List<String> componentIds(JsonNode n, List<Component> leaves) {
        Set<String> components = ids(n, "components_affected");
        Set<String> containers = ids(n, "containers_affected");
        List<String> out = new ArrayList<>();
        for (Component leaf : leaves) {
            String[] parts = leaf.id().split("/", 2);
            if (components.contains(parts[0])
                    && (parts.length == 1 || containers.isEmpty() || containers.contains(parts[1]))) {
                out.add(leaf.id());
            }
        }
        return out.isEmpty() ? new ArrayList<>(components) : out;
    }

    private static Set<String> ids(JsonNode n, String field) {
        Set<String> ids = new LinkedHashSet<>();
        for (JsonNode a : Json.objects(n, field)) {
            String id = Json.text(a, "_id");
            id = id != null ? id : Json.text(a, "id");
            if (id != null) {
                ids.add(id);
            }
        }
        return ids;
    }

    /** Status.io writes {@code _id} in events and {@code id} in the status tree; accept either. */
    private static String id(JsonNode n) {
        String id = Json.text(n, "_id");
        id = id != null ? id : Json.text(n, "id");
        return id != null ? id : "statusio-" + Integer.toHexString((title(n) + Json.text(n, "datetime_open")).hashCode());
    }

    private static String title(JsonNode n) {
        String name = Json.text(n, "name");
        return name == null ? "Untitled" : name;
    }
}
