package org.statustray.source;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import org.statustray.model.Component;
import org.statustray.model.Impact;
import org.statustray.model.Incident;
import org.statustray.model.IncidentUpdate;
import org.statustray.model.Status;
import org.statustray.source.json.Json;
import org.jspecify.annotations.Nullable;

/** One incident of Google Cloud's {@code incidents.json}, and the products it affects. */
final class GcpIncidents {
    private GcpIncidents() {
    }

    /**
     * Google's words as an impact, the one place they are read. {@code status_impact} and the update
     * {@code status} use the same words ({@code AVAILABLE} only on the closing update); {@code severity}
     * ({@code low}/{@code medium}/{@code high}) is the same ladder and is read when {@code status_impact}
     * is missing. Information items are real faults of low severity (packet loss, added latency), so they
     * count as minor rather than as nothing.
     */
    static @Nullable Impact impact(@Nullable String word) {
        switch (StatusWords.normal(word)) {
            case "": return null;
            case "available": return Impact.NONE;
            case "service_information":
            case "low": return Impact.MINOR;
            case "service_disruption":
            case "medium": return Impact.MAJOR;
            case "service_outage":
            case "high": return Impact.CRITICAL;
            default: return StatusWords.guessImpact(word);
        }
    }

    /** The status an incident implies for its products; an incident of unknown impact counts as degraded. */
    static Status impliedStatus(@Nullable Impact impact) {
        return impact == null ? Status.DEGRADED : impact.impliedStatus();
    }

    /** An array element that is a Google Cloud incident, as opposed to another format's row. */
    static boolean looksLikeIncident(JsonNode n) {
        return n.isObject() && (n.has("external_desc") || n.has("status_impact"));
    }

    /**
     * An incident is active while it has no {@code end}. Google has no phases: an ended incident is
     * {@code resolved}, an open one carries its latest update's word lower-cased ({@code service_outage},
     * or {@code available} when service is back but the incident is not closed yet).
     */
    static Incident incident(JsonNode n, URI base) {
        List<IncidentUpdate> updates = updates(n);
        Instant end = Json.time(n, "end");
        IncidentUpdate latest = updates.isEmpty() ? null : updates.get(updates.size() - 1);
        String phase = end != null ? "resolved" : word(latest != null ? latest.status() : null, n);
        Impact impact = impact(Json.text(n, "status_impact"));
        if (impact == null) {
            impact = impact(Json.text(n, "severity"));
        }
        Instant started = first(Json.time(n, "begin"), Json.time(n, "created"), updates.isEmpty() ? null : updates.get(0).at());
        Instant updated = first(latest == null ? null : latest.at(), Json.time(n, "modified"), started);
        List<String> productIds = new ArrayList<>();
        products(n, impliedStatus(impact)).forEach(p -> productIds.add(p.id()));
        return new Incident(id(n), title(n), phase, impact, started, updated, end, link(n, base), updates, productIds);
    }

    /** The affected products as components in {@code status}; {@code current_title} is the newer name. */
    static List<Component> products(JsonNode n, Status status) {
        List<Component> out = new ArrayList<>();
        for (JsonNode p : Json.objects(n, "affected_products")) {
            String name = first(Json.text(p, "current_title"), Json.text(p, "title"), Json.text(p, "id"));
            String id = Json.text(p, "id");
            if (name != null) {
                out.add(new Component(id != null ? id : name, name, null, status));
            }
        }
        return out;
    }

    /** Updates oldest first by {@code when} (Google lists them newest first); {@code most_recent_update} if none. */
    private static List<IncidentUpdate> updates(JsonNode n) {
        List<JsonNode> nodes = Json.objects(n, "updates");
        JsonNode mostRecent = Json.object(n, "most_recent_update");
        if (nodes.isEmpty() && mostRecent != null) {
            nodes = List.of(mostRecent);
        }
        List<IncidentUpdate> updates = new ArrayList<>();
        for (JsonNode u : nodes) {
            Instant posted = Json.time(u, "created");
            Instant at = first(Json.time(u, "when"), posted, null);
            JsonNode text = u.get("text");
            updates.add(new IncidentUpdate(null, StatusWords.normal(Json.text(u, "status")), at, posted == null ? at : posted,
                    text != null && text.isValueNode() && !text.isNull() ? text.asText().strip() : ""));
        }
        Collections.reverse(updates);
        updates.sort(Comparator.comparing(IncidentUpdate::at, Comparator.nullsFirst(Comparator.naturalOrder())));
        return updates;
    }

    private static String word(@Nullable String latestStatus, JsonNode n) {
        if (latestStatus != null && !latestStatus.isEmpty()) {
            return latestStatus;
        }
        String impact = StatusWords.normal(Json.text(n, "status_impact"));
        return impact.isEmpty() ? "investigating" : impact;
    }

    /** {@code uri} is relative to the status site ({@code incidents/<id>}); {@code base} is the feed's URL. */
    private static @Nullable String link(JsonNode n, URI base) {
        String uri = Json.text(n, "uri");
        String id = Json.text(n, "id");
        String target = uri != null ? uri : id != null ? "incidents/" + id : null;
        if (target == null) {
            return null;
        }
        try {
            return base.resolve(target).toString();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String id(JsonNode n) {
        String id = first(Json.text(n, "id"), Json.text(n, "number"), null);
        return id != null ? id : "untitled-" + Integer.toHexString((title(n) + Json.text(n, "begin")).hashCode());
    }

    private static String title(JsonNode n) {
        String title = Json.text(n, "external_desc");
        return title == null ? "Untitled incident" : title;
    }

    @SafeVarargs
    private static <T> @Nullable T first(@Nullable T... values) {
        for (T v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }
}
