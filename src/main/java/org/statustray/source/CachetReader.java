package org.statustray.source;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * Cachet's API v1, spread over endpoints: components (the one that must read), then incidents, component
 * groups (for group names) and schedules (Cachet 2.4's maintenances), each of which may fail on its
 * own. Cachet has no overall indicator: the status is the worst component.
 */
public final class CachetReader implements MultiEndpointReader, HistoryReader {
    public static final String FORMAT = "cachet";
    private static final String API = "/api/v1/";
    private static final String COMPONENTS = "/api/v1/components";
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern COUNT = Pattern.compile("\\d{1,18}");
    private static final int INCIDENTS = 0;
    private static final int GROUPS = 1;
    private static final int SCHEDULES = 2;
    private static final int EXTRA_ENDPOINTS = 3;

    @Override
    public String format() {
        return FORMAT;
    }

    /** Asks for 100 components a page where Cachet's default is 20, so larger pages come whole. */
    @Override
    public URI endpoint(URI given) {
        return Endpoints.pathEndsWithAny(given, COMPONENTS) ? given : api(given, "components", "per_page=100");
    }

    @Override
    public List<URI> extraEndpoints(URI given) {
        return List.of(api(given, "incidents", "sort=id&order=desc&per_page=50"),
                api(given, "components/groups", "per_page=100"), api(given, "schedules", "per_page=50"));
    }

    /** The components alone; the same as {@link MultiEndpointReader}'s default without building the extra URLs. */
    @Override
    public Snapshot read(byte[] body, URI url, Instant fetchedAt) throws UnreadableException {
        return read(body, Collections.nCopies(EXTRA_ENDPOINTS, null), url, fetchedAt);
    }

    @Override
    public URI historyEndpoint(URI given) {
        return extraEndpoints(given).get(INCIDENTS);
    }

    @Override
    public Snapshot read(byte[] main, List<byte[]> extras, URI url, Instant fetchedAt) throws UnreadableException {
        JsonNode root = envelope(main, true);
        JsonNode incidentList = optional(extras, INCIDENTS, true);
        JsonNode schedules = optional(extras, SCHEDULES, false);
        String pageRoot = incidentList != null || schedules != null ? pageRoot(url) : null; // only links need it
        List<Component> components = components(root, groupNames(optional(extras, GROUPS, false)));
        List<Incident> incidents = new ArrayList<>();
        List<Maintenance> maintenances = new ArrayList<>();
        for (JsonNode n : visible(incidentList)) {
            if (CachetEvents.isScheduled(n)) {
                Maintenance m = CachetEvents.scheduledIncident(n, pageRoot);
                if (m.starts() == null || !m.starts().isBefore(fetchedAt)) { // Cachet 2.3 hides past ones too
                    maintenances.add(m);
                }
            } else {
                Incident i = CachetEvents.incident(n, pageRoot);
                if (i.isActive()) {
                    incidents.add(i);
                }
            }
        }
        for (JsonNode n : Json.objects(schedules, "data")) {
            Maintenance m = CachetEvents.schedule(n, pageRoot, fetchedAt);
            if (m.isOpen()) {
                maintenances.add(m);
            }
        }
        incidents.sort(Comparator.comparing(Incident::started, Comparator.nullsLast(Comparator.reverseOrder())));
        maintenances.sort(Comparator.comparing(Maintenance::starts, Comparator.nullsLast(Comparator.naturalOrder())));
        Status status = OverallStatus.withoutIndicator(components, incidents, maintenances);
        return new Snapshot(url.getHost(), url.toString(), FORMAT, fetchedAt, status, status.label(), components,
                !morePages(root), incidents, maintenances);
    }

    @Override
    public History readHistory(byte[] body, URI url) throws UnreadableException {
        String pageRoot = pageRoot(url);
        List<Incident> incidents = new ArrayList<>();
        List<Maintenance> maintenances = new ArrayList<>();
        for (JsonNode n : visible(envelope(body, true))) {
            if (CachetEvents.isScheduled(n)) {
                maintenances.add(CachetEvents.scheduledIncident(n, pageRoot));
            } else {
                incidents.add(CachetEvents.incident(n, pageRoot));
            }
        }
        return new History(incidents, maintenances);
    }

    /** Cachet's {@code {meta, data:[…]}}, each item named and, for components and incidents, with a numeric status. */
    private static JsonNode envelope(byte[] body, boolean withStatus) throws UnreadableException {
        JsonNode root = Json.parse(body);
        JsonNode data = root.get("data");
        if (Json.object(root, "meta") == null || data == null || !data.isArray()) {
            throw new UnreadableException("not a Cachet API response: expected {meta, data:[…]}");
        }
        for (JsonNode item : data) {
            String status = Json.text(item, "status");
            if (Json.text(item, "name") == null || withStatus && (status == null || !DIGITS.matcher(status).matches())) {
                throw new UnreadableException("not a Cachet API response: data items lack a name or numeric status");
            }
        }
        return root;
    }

    /** An extra endpoint's envelope, or null when it failed or sent something else: it only adds detail. */
    private static @Nullable JsonNode optional(List<byte[]> extras, int index, boolean withStatus) {
        byte[] body = index < extras.size() ? extras.get(index) : null;
        try {
            return body == null ? null : envelope(body, withStatus);
        } catch (UnreadableException e) {
            return null;
        }
    }

    /** Cachet's component statuses; 0 "Unknown" is newer releases' word for a component nobody set. */
    static Status componentStatus(@Nullable String code, @Nullable String words) {
        switch (code == null ? "" : code) {
            case "0": return Status.UNKNOWN;
            case "1": return Status.OPERATIONAL;
            case "2": return Status.DEGRADED;
            case "3": return Status.PARTIAL_OUTAGE;
            case "4": return Status.MAJOR_OUTAGE;
            default: return StatusWords.guessStatus(words);
        }
    }

    /** Enabled, undeleted components; names repeat across groups, so each keeps its own id. */
    private static List<Component> components(JsonNode root, Map<String, String> groups) {
        List<Component> out = new ArrayList<>();
        for (JsonNode c : Json.objects(root, "data")) {
            String id = Json.text(c, "id");
            if (id == null || !flag(c, "enabled") || Json.text(c, "deleted_at") != null) {
                continue;
            }
            String name = Json.text(c, "name");
            out.add(new Component(id, name != null ? name : id, groups.get(Json.text(c, "group_id")),
                    componentStatus(Json.text(c, "status"), Json.text(c, "status_name"))));
        }
        return out;
    }

    private static Map<String, String> groupNames(@Nullable JsonNode groups) {
        Map<String, String> names = new HashMap<>();
        for (JsonNode g : Json.objects(groups, "data")) {
            String id = Json.text(g, "id");
            if (id != null) {
                names.put(id, Json.text(g, "name"));
            }
        }
        return names;
    }

    private static List<JsonNode> visible(@Nullable JsonNode root) {
        List<JsonNode> out = new ArrayList<>(Json.objects(root, "data"));
        out.removeIf(n -> !flag(n, "visible"));
        return out;
    }

    /** Cachet sends flags as booleans or as 0/1 depending on version and database; absent means true. */
    private static boolean flag(JsonNode n, String field) {
        String v = Json.text(n, field);
        return v == null || !(v.equals("0") || v.equalsIgnoreCase("false"));
    }

    private static boolean morePages(JsonNode root) {
        JsonNode pagination = Json.object(Json.object(root, "meta"), "pagination");
        String total = Json.text(pagination, "total");
        String count = Json.text(pagination, "count");
        return total != null && count != null && COUNT.matcher(total).matches() && COUNT.matcher(count).matches()
                && Long.parseLong(total) > Long.parseLong(count);
    }

    /** {@code <root>/api/v1/<path>?<query>}, the root being whatever precedes {@code /api/v1/} in the URL. */
    private static URI api(URI given, String path, String query) {
        return URI.create(Endpoints.under(root(given), API + path) + "?" + query);
    }

    private static URI root(URI given) {
        String path = given.getPath() == null ? "" : given.getPath();
        int api = path.indexOf(API);
        return api < 0 ? given : Endpoints.under(given.resolve("/"), path.substring(0, api));
    }

    private static String pageRoot(URI url) {
        return root(Endpoints.under(url, "")).toString().replaceAll("/+$", "");
    }
}
