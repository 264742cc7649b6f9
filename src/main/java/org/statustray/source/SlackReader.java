package org.statustray.source;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
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
 * Slack's Status API v2 ({@code /api/v2.0.0/current} and {@code /history}). Slack publishes no component
 * list, only the services each active item names, and its overall word is just {@code ok} or
 * {@code active}; so the status is derived from the active items and their types.
 */
public final class SlackReader implements StatusReader, HistoryReader {
    public static final String FORMAT = "slack";
    private static final String SERVICE = "Slack";
    // An API path given in place of the page root: /api/current, /api/v1.0.0/history, /api/v2.0.0/current, …
    private static final Pattern API_PATH = Pattern.compile("^(.*?)/api(?:/v[0-9][0-9.]*)?/(?:current|history)/?$");

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public URI endpoint(URI given) {
        return Endpoints.pathEndsWithAny(given, "/api/v2.0.0/current") ? given
                : Endpoints.under(pageRoot(given), "/api/v2.0.0/current");
    }

    @Override
    public URI historyEndpoint(URI given) {
        return Endpoints.pathEndsWithAny(given, "/api/v2.0.0/history") ? given
                : Endpoints.under(pageRoot(given), "/api/v2.0.0/history");
    }

    @Override
    public Snapshot read(byte[] body, URI url, Instant fetchedAt) throws UnreadableException {
        JsonNode root = current(Json.parse(body));
        Map<String, Component> services = new LinkedHashMap<>();
        List<Incident> incidents = new ArrayList<>();
        List<Maintenance> maintenances = new ArrayList<>();
        for (JsonNode n : Json.objects(root, "active_incidents")) {
            if (SlackItems.isMaintenance(n)) {
                Maintenance m = SlackItems.maintenance(n);
                if (m.isOpen()) {
                    maintenances.add(m);
                    mark(services, m.componentIds(), m.isInProgress() ? Status.MAINTENANCE : null);
                }
            } else {
                Incident i = SlackItems.incident(n);
                if (i.isActive()) {
                    incidents.add(i);
                    mark(services, i.componentIds(), SlackItems.impliedStatus(i.impact()));
                }
            }
        }
        incidents.sort(Comparator.comparing(Incident::started, Comparator.nullsLast(Comparator.reverseOrder())));
        maintenances.sort(Comparator.comparing(Maintenance::starts, Comparator.nullsLast(Comparator.naturalOrder())));
        List<Component> components = new ArrayList<>(services.values());
        Status status = overall(Json.text(root, "status"), components, incidents, maintenances);
        return new Snapshot(SERVICE, url.toString(), FORMAT, fetchedAt, status, status.label(), components, false,
                incidents, maintenances);
    }

    @Override
    public History readHistory(byte[] body, URI url) throws UnreadableException {
        JsonNode root = Json.parse(body);
        if (!root.isArray()) {
            throw new UnreadableException("not a Slack status history: expected a JSON array of incidents");
        }
        List<Incident> incidents = new ArrayList<>();
        List<Maintenance> maintenances = new ArrayList<>();
        for (JsonNode n : root) {
            if (!SlackItems.looksLikeItem(n)) {
                continue;
            }
            if (SlackItems.isMaintenance(n)) {
                maintenances.add(SlackItems.maintenance(n));
            } else {
                incidents.add(SlackItems.incident(n));
            }
        }
        if (!root.isEmpty() && incidents.isEmpty() && maintenances.isEmpty()) {
            throw new UnreadableException("not a Slack status history: no item has a title and notes, services or type");
        }
        return new History(incidents, maintenances);
    }

    /**
     * Checks that this is Slack's {@code current} object, so auto-detection can move on if not: a text
     * {@code status} with the {@code active_incidents} list, or (as in v1-style brief answers) the word
     * {@code ok} or {@code active} with its {@code date_created}/{@code date_updated}.
     */
    private static JsonNode current(JsonNode root) throws UnreadableException {
        if (!root.isObject()) {
            throw new UnreadableException("not a Slack current-status response: expected a JSON object"
                    + (root.isArray() ? " (an array is the history endpoint's answer)" : ""));
        }
        JsonNode status = root.get("status");
        if (status == null || !status.isTextual()) {
            throw new UnreadableException("not a Slack current-status response: no status word");
        }
        String word = StatusWords.normal(status.asText());
        boolean dated = root.has("date_created") || root.has("date_updated");
        if (!Json.hasArray(root, "active_incidents") && !(dated && (word.equals("ok") || word.equals("active")))) {
            throw new UnreadableException("not a Slack current-status response: no active_incidents list");
        }
        return root;
    }

    /**
     * {@code ok} with nothing open is operational. Otherwise the worst of what the open items imply for
     * their services and by themselves; {@code active} with no item we can read still means something is
     * wrong, so it is degraded rather than all clear.
     */
    private static Status overall(@Nullable String word, List<Component> components, List<Incident> incidents,
            List<Maintenance> maintenances) {
        List<Status> statuses = new ArrayList<>();
        components.forEach(c -> statuses.add(c.status()));
        statuses.add(OverallStatus.fromEvents(incidents, maintenances));
        String w = StatusWords.normal(word);
        if (w.equals("active") && incidents.isEmpty() && maintenances.isEmpty()) {
            statuses.add(Status.DEGRADED);
        } else if (!w.equals("ok") && !w.equals("active")) {
            statuses.add(StatusWords.guessStatus(word));
        }
        return Status.worst(statuses);
    }

    /** Records {@code status} for each named service, keeping the worst when several items name it. */
    private static void mark(Map<String, Component> services, List<String> names, @Nullable Status status) {
        if (status == null) {
            return;
        }
        for (String name : names) {
            Component seen = services.get(name);
            if (seen == null || status.isWorseThan(seen.status())) {
                services.put(name, new Component(name, name, null, status));
            }
        }
    }

    /** The page root for a page root or any Slack API URL (v1, v2, current or history). */
    private static URI pageRoot(URI given) {
        String path = given.getPath() == null ? "" : given.getPath();
        Matcher m = API_PATH.matcher(path);
        return m.matches() ? Endpoints.under(given.resolve("/"), m.group(1)) : given;
    }
}
