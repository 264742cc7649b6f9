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
import org.statustray.model.Incident;
import org.statustray.model.Snapshot;
import org.statustray.model.Status;
import org.statustray.source.json.Json;

/**
 * Google Cloud Service Health's {@code incidents.json}: every incident of about the past year, newest
 * first, open ones without an {@code end}. There is no overall indicator and no product list in it, so
 * the components are the products the open incidents affect and the status is derived from those.
 */
public final class GcpReader implements StatusReader, HistoryReader {
    public static final String FORMAT = "gcp";
    private static final String SERVICE = "Google Cloud";

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public URI endpoint(URI given) {
        if (Endpoints.pathEndsWithAny(given, "/incidents.json")) {
            return given;
        }
        if (Endpoints.pathEndsWithAny(given, "/products.json")) {
            return given.resolve("incidents.json");
        }
        return Endpoints.under(given, "/incidents.json");
    }

    /** The same feed: it lists ended incidents too. */
    @Override
    public URI historyEndpoint(URI given) {
        return endpoint(given);
    }

    @Override
    public Snapshot read(byte[] body, URI url, Instant fetchedAt) throws UnreadableException {
        JsonNode root = Json.parse(body);
        if (root.isArray() && root.isEmpty()) {
            // Google's feed always holds a year of history, and many unrelated APIs answer [].
            throw new UnreadableException("not a Google Cloud incidents feed: the array is empty");
        }
        URI base = endpoint(url);
        Map<String, Component> products = new LinkedHashMap<>();
        List<Incident> active = new ArrayList<>();
        for (JsonNode n : incidents(root)) {
            Incident i = GcpIncidents.incident(n, base);
            if (i.isActive()) {
                active.add(i);
                for (Component p : GcpIncidents.products(n, GcpIncidents.impliedStatus(i.impact()))) {
                    Component seen = products.get(p.id());
                    if (seen == null || p.status().isWorseThan(seen.status())) {
                        products.put(p.id(), p);
                    }
                }
            }
        }
        active.sort(Comparator.comparing(Incident::started, Comparator.nullsLast(Comparator.reverseOrder())));
        List<Component> components = new ArrayList<>(products.values());
        List<Status> statuses = new ArrayList<>();
        components.forEach(c -> statuses.add(c.status()));
        statuses.add(OverallStatus.fromEvents(active, List.of()));
        Status status = Status.worst(statuses);
        return new Snapshot(SERVICE, url.toString(), FORMAT, fetchedAt, status, status.label(), components, false,
                active, List.of());
    }

    @Override
    public History readHistory(byte[] body, URI url) throws UnreadableException {
        JsonNode root = Json.parse(body);
        URI base = endpoint(url);
        List<Incident> all = new ArrayList<>();
        for (JsonNode n : incidents(root)) {
            all.add(GcpIncidents.incident(n, base));
        }
        return new History(all, List.of());
    }

    /**
     * The elements that are Google Cloud incidents, after checking that this is Google's feed at all so
     * auto-detection can move on if not (a Slack history array is an array of objects too).
     */
    private static List<JsonNode> incidents(JsonNode root) throws UnreadableException {
        if (!root.isArray()) {
            throw new UnreadableException("not a Google Cloud incidents feed: expected a JSON array of incidents");
        }
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode n : root) {
            if (GcpIncidents.looksLikeIncident(n)) {
                out.add(n);
            }
        }
        if (out.isEmpty() && !root.isEmpty()) {
            throw new UnreadableException("not a Google Cloud incidents feed: no element has external_desc or status_impact");
        }
        return out;
    }
}
