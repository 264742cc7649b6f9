package org.statustray.source;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.statustray.model.Component;
import org.statustray.model.History;
import org.statustray.model.Incident;
import org.statustray.model.Maintenance;
import org.statustray.model.Snapshot;
import org.statustray.model.Status;
import org.statustray.source.json.Json;
import org.jspecify.annotations.Nullable;

/**
 * Atlassian Statuspage's v2 public API, which incident.io also serves. Reads {@code summary.json} and
 * equally the narrower {@code status.json}, {@code components.json}, {@code incidents.json} and
 * {@code scheduled-maintenances.json}: each is the same object with fewer keys.
 */
public final class StatuspageReader implements StatusReader, HistoryReader {
    public static final String FORMAT = "statuspage";
    private static final Pattern PLACEHOLDER =
            Pattern.compile("(?i)^\\s*visit\\s.*|.*\\bfor more information\\b.*");

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public URI endpoint(URI given) {
        return Endpoints.pathEndsWithAny(given, ".json") && given.getPath().contains("/api/v2/")
                ? given : Endpoints.under(given, "/api/v2/summary.json");
    }

    @Override
    public URI historyEndpoint(URI given) {
        return Endpoints.under(Endpoints.rootBefore(given, "/api/v2/"), "/api/v2/incidents.json");
    }

    @Override
    public Snapshot read(byte[] body, URI url, Instant fetchedAt) throws UnreadableException {
        JsonNode root = page(body);
        String pageUrl = pageUrl(root, url);
        List<Component> components = components(root);
        List<Incident> incidents = new ArrayList<>();
        for (JsonNode n : Json.objects(root, "incidents")) {
            Incident i = StatuspageEvents.incident(n, pageUrl);
            if (i.isActive()) {
                incidents.add(i);
            }
        }
        incidents.sort(Comparator.comparing(Incident::started, Comparator.nullsLast(Comparator.reverseOrder())));
        List<Maintenance> maintenances = new ArrayList<>();
        for (JsonNode n : Json.objects(root, "scheduled_maintenances")) {
            Maintenance m = StatuspageEvents.maintenance(n, pageUrl);
            if (m.isOpen()) {
                maintenances.add(m);
            }
        }
        maintenances.sort(Comparator.comparing(Maintenance::starts, Comparator.nullsLast(Comparator.naturalOrder())));

        JsonNode statusNode = Json.object(root, "status");
        Status indicated = indicator(Json.text(statusNode, "indicator"));
        Status status = indicated != null ? indicated
                : OverallStatus.withoutIndicator(components, incidents, maintenances);
        String words = Json.text(statusNode, "description");
        String description = indicated != null && words != null ? words : status.label();
        return new Snapshot(serviceName(root, url), url.toString(), FORMAT, fetchedAt, status, description,
                components, true, incidents, maintenances);
    }

    @Override
    public History readHistory(byte[] body, URI url) throws UnreadableException {
        JsonNode root = page(body);
        String pageUrl = pageUrl(root, url);
        List<Incident> incidents = new ArrayList<>();
        Json.objects(root, "incidents").forEach(n -> incidents.add(StatuspageEvents.incident(n, pageUrl)));
        List<Maintenance> maintenances = new ArrayList<>();
        Json.objects(root, "scheduled_maintenances")
                .forEach(n -> maintenances.add(StatuspageEvents.maintenance(n, pageUrl)));
        return new History(incidents, maintenances);
    }

    /** Parses and checks that this is a Statuspage object at all, so auto-detection can move on if not. */
    private static JsonNode page(byte[] body) throws UnreadableException {
        JsonNode root = Json.parse(body);
        if (!root.isObject()) {
            throw new UnreadableException("not a Statuspage API response: expected a JSON object");
        }
        JsonNode page = Json.object(root, "page");
        // Instatus also has a "page" object, but with its own status word in it.
        boolean statuspagePage = page != null && !(page.has("status") && page.get("status").isTextual());
        boolean looksRight = statuspagePage || Json.object(root, "status") != null
                || Json.hasArray(root, "components") || Json.hasArray(root, "incidents");
        if (!looksRight) {
            throw new UnreadableException("not a Statuspage API response: no page, status, components or incidents");
        }
        Json.requireLists(root, "a Statuspage API response", "components", "incidents", "scheduled_maintenances");
        JsonNode indicator = Json.object(root, "status") == null ? null : root.get("status").get("indicator");
        if (indicator != null && !indicator.isNull() && !indicator.isTextual()) {
            throw new UnreadableException("not a Statuspage API response: 'status.indicator' is not a word");
        }
        boolean saysSomething = indicator != null && indicator.isTextual() || Json.hasArray(root, "components")
                || Json.hasArray(root, "incidents") || Json.hasArray(root, "scheduled_maintenances");
        if (!saysSomething) {
            throw new UnreadableException("not a Statuspage API response: no status indicator, components or incidents");
        }
        return root;
    }

    /** {@code status.indicator} in the contract's terms; null when absent or not a word we know. */
    static @Nullable Status indicator(@Nullable String word) {
        switch (StatusWords.normal(word)) {
            case "none": return Status.OPERATIONAL;
            case "minor": return Status.DEGRADED;
            case "major": return Status.PARTIAL_OUTAGE;
            case "critical": return Status.MAJOR_OUTAGE;
            case "maintenance": return Status.MAINTENANCE;
            default:
                Status guessed = StatusWords.guessStatus(word);
                return guessed.isKnown() ? guessed : null;
        }
    }

    static Status componentStatus(@Nullable String word) {
        switch (StatusWords.normal(word)) {
            case "operational": return Status.OPERATIONAL;
            case "degraded_performance": return Status.DEGRADED;
            case "partial_outage": return Status.PARTIAL_OUTAGE;
            case "major_outage":
            case "full_outage": return Status.MAJOR_OUTAGE;
            case "under_maintenance": return Status.MAINTENANCE;
            default: return StatusWords.guessStatus(word);
        }
    }

    /** Leaf components with their group's name; group rows and placeholder rows are left out. */
    private static List<Component> components(JsonNode root) {
        List<JsonNode> rows = Json.objects(root, "components");
        Map<String, String> names = new HashMap<>();
        Set<String> groups = new HashSet<>();
        for (JsonNode c : rows) {
            String id = Json.text(c, "id");
            names.put(id, Json.text(c, "name"));
            if (Json.bool(c, "group")) {
                groups.add(id);
            }
            String parent = Json.text(c, "group_id");
            if (parent != null) {
                groups.add(parent);
            }
        }
        List<JsonNode> leaves = new ArrayList<>();
        for (JsonNode c : rows) {
            String id = Json.text(c, "id");
            String name = Json.text(c, "name");
            if (id != null && name != null && !groups.contains(id) && !PLACEHOLDER.matcher(name).matches()) {
                leaves.add(c);
            }
        }
        List<Component> out = new ArrayList<>();
        for (JsonNode c : inPageOrder(leaves, rows)) {
            out.add(new Component(Objects.requireNonNull(Json.text(c, "id")), Objects.requireNonNull(Json.text(c, "name")),
                    names.get(Json.text(c, "group_id")), componentStatus(Json.text(c, "status"))));
        }
        return out;
    }

    /**
     * The leaves in the order the page shows them: a group, or a component of no group, by its position, and
     * the members of a group by theirs. The API lists every row by position alone, so a big page (Cloudflare's
     * 462 PoPs and products) comes with its regions interleaved. Without positions the API's order is kept.
     */
    private static List<JsonNode> inPageOrder(List<JsonNode> leaves, List<JsonNode> rows) {
        Map<String, Integer> positions = new HashMap<>();
        for (JsonNode c : rows) {
            JsonNode position = c.get("position");
            String id = Json.text(c, "id");
            if (id == null || position == null || !position.isIntegralNumber()) {
                return leaves;
            }
            positions.put(id, position.asInt());
        }
        List<JsonNode> sorted = new ArrayList<>(leaves);
        sorted.sort(Comparator.<JsonNode>comparingInt(c -> {
            String parent = Json.text(c, "group_id");
            return positions.getOrDefault(parent == null ? Json.text(c, "id") : parent, Integer.MAX_VALUE);
        }).thenComparingInt(c -> Json.text(c, "group_id") == null ? 0 : positions.getOrDefault(Json.text(c, "id"), 0)));
        return sorted;
    }

    private static String serviceName(JsonNode root, URI url) {
        String name = Json.text(Json.object(root, "page"), "name");
        return name != null ? name : url.getHost();
    }

    private static String pageUrl(JsonNode root, URI url) {
        String own = Json.text(Json.object(root, "page"), "url");
        return own != null ? own : url.getScheme() + "://" + url.getRawAuthority();
    }
}
