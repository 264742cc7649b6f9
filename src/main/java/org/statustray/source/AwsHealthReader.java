package org.statustray.source;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.statustray.model.Component;
import org.statustray.model.History;
import org.statustray.model.Incident;
import org.statustray.model.Snapshot;
import org.statustray.model.Status;
import org.statustray.source.json.Json;
import org.statustray.source.json.Utf16Bodies;

/**
 * The AWS Health Dashboard's public JSON: {@code /public/currentevents} (an array of open events, sent as
 * UTF-16) and equally the legacy {@code status.aws.amazon.com/data.json} ({@code {current, archive}}).
 * AWS gives no overall word and names only the services its events touch, so the status is the worst
 * named service and an unnamed one is operational. An empty array means nothing is going on.
 */
public final class AwsHealthReader implements StatusReader, HistoryReader {
    public static final String FORMAT = "aws-health";
    private static final String CURRENT_EVENTS = "/public/currentevents";
    private static final String SERVICE_NAME = "AWS Health Dashboard";
    private static final Set<String> EVENT_KEYS = Set.of("service", "arn", "event_log", "impacted_services");

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public URI endpoint(URI given) {
        if (Endpoints.pathEndsWithAny(given, CURRENT_EVENTS, "/data.json")) {
            return given;
        }
        String path = given.getPath() == null ? "" : given.getPath();
        int page = path.indexOf("/health/status");
        URI root = page < 0 ? given : Endpoints.under(given.resolve("/"), path.substring(0, page));
        return Endpoints.under(root, CURRENT_EVENTS);
    }

    /** The same endpoint: it is all AWS publishes (the legacy feed carries its archive alongside). */
    @Override
    public URI historyEndpoint(URI given) {
        return endpoint(given);
    }

    @Override
    public Snapshot read(byte[] body, URI url, Instant fetchedAt) throws UnreadableException {
        JsonNode root = events(body);
        String pageUrl = pageUrl(url);
        Map<String, Component> services = new LinkedHashMap<>();
        List<Incident> incidents = new ArrayList<>();
        for (JsonNode event : current(root)) {
            if (!AwsHealthEvents.isOpen(event)) {
                continue;
            }
            incidents.add(AwsHealthEvents.incident(event, true, pageUrl));
            for (Component c : AwsHealthEvents.components(event)) {
                Component seen = services.get(c.id());
                if (seen == null || c.status().isWorseThan(seen.status())) {
                    services.put(c.id(), c);
                }
            }
        }
        incidents.sort(Comparator.comparing(Incident::started, Comparator.nullsLast(Comparator.reverseOrder())));
        List<Component> components = new ArrayList<>(services.values());
        Status status = OverallStatus.withoutIndicator(components, incidents, List.of());
        return new Snapshot(SERVICE_NAME, url.toString(), FORMAT, fetchedAt, status, status.label(), components,
                false, incidents, List.of());
    }

    @Override
    public History readHistory(byte[] body, URI url) throws UnreadableException {
        JsonNode root = events(body);
        String pageUrl = pageUrl(url);
        List<Incident> incidents = new ArrayList<>();
        for (JsonNode event : current(root)) {
            incidents.add(AwsHealthEvents.incident(event, AwsHealthEvents.isOpen(event), pageUrl));
        }
        for (JsonNode event : Json.objects(root, "archive")) {
            incidents.add(AwsHealthEvents.incident(event, false, pageUrl));
        }
        incidents.sort(Comparator.comparing(Incident::started, Comparator.nullsLast(Comparator.reverseOrder())));
        return new History(incidents, List.of());
    }

    /** Decodes the body by its byte order and checks that it is an AWS event list at all. */
    private static JsonNode events(byte[] body) throws UnreadableException {
        JsonNode root = Json.parse(Utf16Bodies.toUtf8(body));
        if (root.isArray()) {
            for (JsonNode item : root) {
                if (!item.isObject() || EVENT_KEYS.stream().noneMatch(item::has)) {
                    throw new UnreadableException("not an AWS Health response: the array holds something other than"
                            + " AWS events (no service, arn, event_log or impacted_services)");
                }
            }
            return root;
        }
        if (root.isObject() && Json.hasArray(root, "current") && Json.hasArray(root, "archive")) {
            return root;
        }
        throw new UnreadableException("not an AWS Health response: expected an array of events or {current, archive}");
    }

    private static List<JsonNode> current(JsonNode root) {
        if (root.isArray()) {
            List<JsonNode> items = new ArrayList<>();
            root.forEach(items::add);
            return items;
        }
        return Json.objects(root, "current");
    }

    /** AWS has no page per event; the dashboard's own page is the link. */
    private static String pageUrl(URI url) {
        String origin = url.getScheme() + "://" + url.getRawAuthority();
        return Endpoints.pathEndsWithAny(url, CURRENT_EVENTS) ? origin + "/health/status" : origin + "/";
    }
}
