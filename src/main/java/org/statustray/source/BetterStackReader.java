package org.statustray.source;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.statustray.model.Component;
import org.statustray.model.History;
import org.statustray.model.Incident;
import org.statustray.model.Maintenance;
import org.statustray.model.Snapshot;
import org.statustray.model.Status;
import org.statustray.source.json.Json;

/**
 * Better Stack (formerly Better Uptime) hosted status pages: {@code /index.json}, a JSON:API document whose
 * {@code data} is the page with its own {@code aggregate_state}, and whose {@code included} holds the
 * sections (groups), resources (components), status reports (incidents and maintenances) and their updates.
 */
public final class BetterStackReader implements StatusReader, HistoryReader {
    public static final String FORMAT = "betterstack";
    private static final String ENDPOINT = "/index.json";

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public URI endpoint(URI given) {
        return Endpoints.pathEndsWithAny(given, ENDPOINT) ? given : Endpoints.under(given, ENDPOINT);
    }

    /** The same document: it lists the page's recent reports, resolved ones included. */
    @Override
    public URI historyEndpoint(URI given) {
        return endpoint(given);
    }

    @Override
    public Snapshot read(byte[] body, URI url, Instant fetchedAt) throws UnreadableException {
        JsonNode root = page(body);
        JsonNode attributes = Json.object(Json.object(root, "data"), "attributes");
        List<JsonNode> included = Json.objects(root, "included");
        List<Component> components = components(included);
        BetterStackEvents events = new BetterStackEvents(included, pageRoot(url));
        List<Incident> incidents = new ArrayList<>();
        List<Maintenance> maintenances = new ArrayList<>();
        for (JsonNode report : events.reports()) {
            if (BetterStackEvents.isMaintenance(report)) {
                Maintenance m = events.maintenance(report, fetchedAt);
                if (m.isOpen()) {
                    maintenances.add(m);
                }
            } else {
                Incident i = events.incident(report);
                if (i.isActive()) {
                    incidents.add(i);
                }
            }
        }
        incidents.sort(Comparator.comparing(Incident::started, Comparator.nullsLast(Comparator.reverseOrder())));
        maintenances.sort(Comparator.comparing(Maintenance::starts, Comparator.nullsLast(Comparator.naturalOrder())));
        Status own = status(Json.text(attributes, "aggregate_state"));
        Status status = own.isKnown() ? own : OverallStatus.withoutIndicator(components, incidents, maintenances);
        String name = Json.text(attributes, "company_name");
        return new Snapshot(name != null ? name : url.getHost(), url.toString(), FORMAT, fetchedAt, status,
                status.label(), components, true, incidents, maintenances);
    }

    @Override
    public History readHistory(byte[] body, URI url) throws UnreadableException {
        BetterStackEvents events = new BetterStackEvents(Json.objects(page(body), "included"), pageRoot(url));
        List<Incident> incidents = new ArrayList<>();
        List<Maintenance> maintenances = new ArrayList<>();
        for (JsonNode report : events.reports()) {
            if (BetterStackEvents.isMaintenance(report)) {
                maintenances.add(events.maintenance(report, null));
            } else {
                incidents.add(events.incident(report));
            }
        }
        return new History(incidents, maintenances);
    }

    private static String pageRoot(URI url) {
        return Endpoints.rootBefore(url, ENDPOINT).toString();
    }

    /** Parses and checks that this is a Better Stack page document, so auto-detection can move on if not. */
    private static JsonNode page(byte[] body) throws UnreadableException {
        JsonNode root = Json.parse(body);
        JsonNode data = Json.object(root, "data");
        if (!root.isObject() || data == null || !"status_page".equals(Json.text(data, "type"))) {
            throw new UnreadableException("not a Better Stack status page: no data of type status_page");
        }
        if (Json.object(data, "attributes") == null) {
            throw new UnreadableException("not a Better Stack status page: the page has no attributes");
        }
        Json.requireLists(root, "a Better Stack status page", "included");
        return root;
    }

    /**
     * Better Stack's resource and page words. {@code not_monitored} is a resource nobody watches (its
     * history may still read operational): it says nothing about now, so it is unknown, never "up".
     */
    static Status status(@Nullable String word) {
        switch (StatusWords.normal(word)) {
            case "operational":
            case "resolved": return Status.OPERATIONAL;
            case "maintenance": return Status.MAINTENANCE;
            case "degraded": return Status.DEGRADED;
            case "downtime": return Status.MAJOR_OUTAGE;
            case "not_monitored": return Status.UNKNOWN;
            default: return StatusWords.guessStatus(word);
        }
    }

    /** Resources in page order (section, then position), each with its section's name as the group. */
    private static List<Component> components(List<JsonNode> included) {
        Map<String, JsonNode> sections = new HashMap<>();
        for (JsonNode n : included) {
            String id = Json.text(n, "id");
            if (id != null && "status_page_section".equals(Json.text(n, "type"))) {
                sections.put(id, n);
            }
        }
        List<JsonNode> resources = new ArrayList<>();
        for (JsonNode n : included) {
            JsonNode a = Json.object(n, "attributes");
            if ("status_page_resource".equals(Json.text(n, "type")) && Json.text(n, "id") != null
                    && Json.text(a, "public_name") != null) {
                resources.add(n);
            }
        }
        resources.sort(Comparator.comparingLong((JsonNode n) -> position(sections.get(sectionId(n))))
                .thenComparingLong(BetterStackReader::position));
        List<Component> out = new ArrayList<>();
        for (JsonNode n : resources) {
            JsonNode a = Json.object(n, "attributes");
            String group = Json.text(Json.object(sections.get(sectionId(n)), "attributes"), "name");
            out.add(new Component(String.valueOf(Json.text(n, "id")), String.valueOf(Json.text(a, "public_name")),
                    group, status(Json.text(a, "status"))));
        }
        return out;
    }

    private static @Nullable String sectionId(JsonNode resource) {
        return Json.text(Json.object(resource, "attributes"), "status_page_section_id");
    }

    /** An item's {@code position}; items without one keep their place after the numbered ones. */
    private static long position(@Nullable JsonNode item) {
        JsonNode a = Json.object(item, "attributes");
        JsonNode p = a == null ? null : a.get("position");
        return p != null && p.canConvertToLong() ? p.asLong() : Long.MAX_VALUE;
    }
}
