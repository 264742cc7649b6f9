package org.statustray.source;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.statustray.model.Component;
import org.statustray.model.History;
import org.statustray.model.Impact;
import org.statustray.model.Incident;
import org.statustray.model.IncidentUpdate;
import org.statustray.model.Maintenance;
import org.statustray.model.Snapshot;
import org.statustray.model.Status;
import org.statustray.source.json.Json;
import org.jspecify.annotations.Nullable;

/**
 * incident.io's public widget API ({@code /api/v1/summary}). It lists only what is ongoing or planned and
 * names only affected components, so the page has no indicator and an unnamed component is operational.
 * Its history (resolved incidents included) is the Statuspage-compatible {@code /api/v2/incidents.json}
 * that incident.io pages also serve.
 */
public final class IncidentioReader implements StatusReader, HistoryReader {
    public static final String FORMAT = "incidentio";

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public URI endpoint(URI given) {
        return Endpoints.pathEndsWithAny(given, "/api/v1/summary") ? given : Endpoints.under(given, "/api/v1/summary");
    }

    @Override
    public URI historyEndpoint(URI given) {
        return Endpoints.under(Endpoints.rootBefore(given, "/api/"), "/api/v2/incidents.json");
    }

    @Override
    public History readHistory(byte[] body, URI url) throws UnreadableException {
        return new StatuspageReader().readHistory(body, url);
    }

    @Override
    public Snapshot read(byte[] body, URI url, Instant fetchedAt) throws UnreadableException {
        JsonNode root = Json.parse(body);
        if (!root.isObject() || !(root.has("ongoing_incidents") || root.has("in_progress_maintenances")
                || root.has("page_title"))) {
            throw new UnreadableException("not an incident.io widget summary: no ongoing_incidents or page_title");
        }
        Json.requireLists(root, "an incident.io widget summary", "ongoing_incidents", "in_progress_maintenances",
                "scheduled_maintenances");
        Map<String, Component> affected = new LinkedHashMap<>();
        List<Incident> incidents = new ArrayList<>();
        for (JsonNode n : Json.objects(root, "ongoing_incidents")) {
            Impact impact = impact(Json.text(n, "current_worst_impact"));
            Status implied = impact == null ? Status.DEGRADED : impact.impliedStatus();
            incidents.add(new Incident(id(n), title(n), phase(Json.text(n, "status"), "investigating"), impact,
                    Json.time(n, "started_at"), Json.time(n, "last_update_at"), null, Json.text(n, "url"),
                    latestUpdate(n), collect(n, implied, affected)));
        }
        incidents.sort(Comparator.comparing(Incident::updated, Comparator.nullsLast(Comparator.reverseOrder())));
        List<Maintenance> maintenances = new ArrayList<>();
        for (JsonNode n : Json.objects(root, "in_progress_maintenances")) {
            maintenances.add(new Maintenance(id(n), title(n), phase(Json.text(n, "status"), "in_progress"),
                    Json.time(n, "started_at"), Json.time(n, "scheduled_end_at"), Json.text(n, "url"),
                    latestUpdate(n), collect(n, Status.MAINTENANCE, affected)));
        }
        for (JsonNode n : Json.objects(root, "scheduled_maintenances")) {
            maintenances.add(new Maintenance(id(n), title(n), phase(Json.text(n, "status"), "scheduled"),
                    Json.time(n, "starts_at"), Json.time(n, "ends_at"), Json.text(n, "url"),
                    latestUpdate(n), collect(n, null, affected)));
        }
        maintenances.removeIf(m -> !m.isOpen());
        List<Component> components = new ArrayList<>(affected.values());
        List<Status> statuses = new ArrayList<>();
        components.forEach(c -> statuses.add(c.status()));
        statuses.add(OverallStatus.fromEvents(incidents, maintenances));
        Status status = Status.worst(statuses);
        String title = Json.text(root, "page_title");
        return new Snapshot(title != null ? title : url.getHost(), url.toString(), FORMAT, fetchedAt, status,
                status.label(), components, false, incidents, maintenances);
    }

    /** incident.io's component words are Statuspage's, with {@code full_outage} for a major outage. */
    static Status componentStatus(String word) {
        return StatuspageReader.componentStatus(word);
    }

    static @Nullable Impact impact(@Nullable String word) {
        switch (StatusWords.normal(word)) {
            case "": return null;
            case "degraded_performance": return Impact.MINOR;
            case "partial_outage": return Impact.MAJOR;
            case "full_outage": return Impact.CRITICAL;
            default: return StatusWords.guessImpact(word);
        }
    }

    /** incident.io's maintenance words lose their prefix: {@code maintenance_in_progress} → {@code in_progress}. */
    private static String phase(@Nullable String word, String fallback) {
        String w = StatusWords.normal(word);
        if (w.isEmpty()) {
            return fallback;
        }
        return w.equals("maintenance_complete") ? "completed" : (w.startsWith("maintenance_") ? w.substring("maintenance_".length()) : w);
    }

    /**
     * Adds the item's affected components to {@code affected} (worst status wins when several items name
     * the same one) and returns their ids. {@code implied} is used when a component carries no status of
     * its own; null means the item does not affect components yet (a scheduled maintenance).
     */
    private static List<String> collect(JsonNode item, @Nullable Status implied, Map<String, Component> affected) {
        List<String> ids = new ArrayList<>();
        for (JsonNode c : Json.objects(item, "affected_components")) {
            String id = Json.text(c, "id");
            String name = Json.text(c, "name");
            if (id == null || name == null) {
                continue;
            }
            ids.add(id);
            String own = Json.text(c, "current_status");
            Status status = own != null ? componentStatus(own) : implied;
            if (status == null) {
                continue;
            }
            Component seen = affected.get(id);
            if (seen == null || status.isWorseThan(seen.status())) {
                affected.put(id, new Component(id, name, Json.text(c, "group_name"), status));
            }
        }
        return ids;
    }

    private static List<IncidentUpdate> latestUpdate(JsonNode n) {
        String message = Json.text(n, "last_update_message");
        Instant at = Json.time(n, "last_update_at");
        if (message == null && at == null) {
            return List.of();
        }
        return List.of(new IncidentUpdate(null, null, at, at, message == null ? "" : message));
    }

    /** The item's id, else its page URL, else a stable stand-in, as an id keys the item from poll to poll. */
    private static String id(JsonNode n) {
        String id = Json.text(n, "id");
        id = id != null ? id : Json.text(n, "url");
        return id != null ? id : "incidentio-" + Integer.toHexString(
                (title(n) + Json.text(n, "started_at") + Json.text(n, "starts_at")).hashCode());
    }

    private static String title(JsonNode n) {
        String name = Json.text(n, "name");
        return name != null ? name : "Untitled";
    }
}
