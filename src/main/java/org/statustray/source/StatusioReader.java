package org.statustray.source;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.statustray.model.Component;
import org.statustray.model.Incident;
import org.statustray.model.Maintenance;
import org.statustray.model.Snapshot;
import org.statustray.model.Status;
import org.statustray.source.json.Json;
import org.jspecify.annotations.Nullable;

/**
 * Status.io's public status API ({@code https://api.status.io/1.0/status/<page id>}). Its
 * {@code status_overall} is the page's own indicator. Each component is split by its containers (the
 * locations it runs in, each with its own status), so a leaf is {@code Component / Container}: group =
 * the component's name, id = {@code <component id>/<container id>}, as one container id recurs under
 * many components. A component without containers is a leaf itself.
 */
public final class StatusioReader implements StatusReader {
    public static final String FORMAT = "statusio";

    @Override
    public String format() {
        return FORMAT;
    }

    /** Status.io's API URL names the page by id, which a page root does not reveal: taken as given. */
    @Override
    public URI endpoint(URI given) {
        return given;
    }

    @Override
    public Snapshot read(byte[] body, URI url, Instant fetchedAt) throws UnreadableException {
        JsonNode root = Json.parse(body);
        JsonNode result = Json.object(root, "result");
        JsonNode overall = Json.object(result, "status_overall");
        if (overall == null) {
            throw new UnreadableException("not a Status.io status response: no result.status_overall");
        }
        Json.requireLists(result, "a Status.io status response", "status");
        List<Component> components = components(result);
        List<Incident> incidents = new ArrayList<>();
        for (JsonNode n : Json.objects(result, "incidents")) {
            Incident i = StatusioEvents.incident(n, components);
            if (i.isActive()) {
                incidents.add(i);
            }
        }
        incidents.sort(Comparator.comparing(Incident::started, Comparator.nullsLast(Comparator.reverseOrder())));
        JsonNode planned = Json.object(result, "maintenance");
        List<Maintenance> maintenances = new ArrayList<>();
        Json.objects(planned, "active").forEach(n -> maintenances.add(StatusioEvents.maintenance(n, "in_progress", components)));
        Json.objects(planned, "upcoming").forEach(n -> maintenances.add(StatusioEvents.maintenance(n, "scheduled", components)));
        maintenances.sort(Comparator.comparing(Maintenance::starts, Comparator.nullsLast(Comparator.naturalOrder())));

        Status indicated = status(overall);
        Status status = indicated.isKnown() ? indicated
                : OverallStatus.withoutIndicator(components, incidents, maintenances);
        String words = Json.text(overall, "status");
        String description = indicated.isKnown() && words != null ? words : status.label();
        return new Snapshot(url.getHost(), url.toString(), FORMAT, fetchedAt, status, description, components, true,
                incidents, maintenances);
    }

    /** A {@code status_code} (with its {@code status} words as the fallback) in StatusTray's terms. */
    static Status status(@Nullable JsonNode node) {
        return status(Json.text(node, "status_code"), Json.text(node, "status"));
    }

    /**
     * Status.io's codes. 600 "Security Event" ranks above 500 on Status.io, but it says something serious
     * happened, not that the service is down: a partial outage, so it alarms without claiming an outage.
     */
    static Status status(@Nullable String code, @Nullable String words) {
        switch (code == null ? "" : code) {
            case "100": return Status.OPERATIONAL;
            case "200": return Status.MAINTENANCE;
            case "300": return Status.DEGRADED;
            case "400": return Status.PARTIAL_OUTAGE;
            case "500": return Status.MAJOR_OUTAGE;
            case "600": return Status.PARTIAL_OUTAGE;
            default: return StatusWords.guessStatus(words);
        }
    }

    private static List<Component> components(@Nullable JsonNode result) {
        List<Component> out = new ArrayList<>();
        for (JsonNode c : Json.objects(result, "status")) {
            String id = Json.text(c, "id");
            String name = Json.text(c, "name");
            if (id == null || name == null) {
                continue;
            }
            List<JsonNode> containers = Json.objects(c, "containers");
            if (containers.isEmpty()) {
                out.add(new Component(id, name, null, status(c)));
            }
            for (JsonNode k : containers) {
                String kid = Json.text(k, "id");
                String kname = Json.text(k, "name");
                if (kid != null && kname != null) {
                    out.add(new Component(id + "/" + kid, kname, name, status(k)));
                }
            }
        }
        return out;
    }
}
