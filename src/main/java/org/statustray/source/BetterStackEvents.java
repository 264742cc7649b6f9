package org.statustray.source;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.statustray.model.Impact;
import org.statustray.model.Incident;
import org.statustray.model.IncidentUpdate;
import org.statustray.model.Maintenance;
import org.statustray.model.Status;
import org.statustray.source.json.Json;

/**
 * Better Stack status reports as incidents and maintenances. A report has no phases (investigating,
 * monitoring…), only the state of what it affects: {@code aggregate_state} is {@code resolved} once it is
 * over, else the worst resource word ({@code degraded}, {@code downtime}), kept as the incident's status.
 * Its updates are linked by id and listed in no particular order. The document gives no address for a
 * report, so its link is the page itself.
 */
final class BetterStackEvents {
    private final List<JsonNode> reports = new ArrayList<>();
    private final Map<String, JsonNode> updates = new HashMap<>();
    private final String pageUrl;

    BetterStackEvents(List<JsonNode> included, String pageUrl) {
        this.pageUrl = pageUrl;
        for (JsonNode n : included) {
            String id = Json.text(n, "id");
            String type = Json.text(n, "type");
            if (id != null && "status_report".equals(type)) {
                reports.add(n);
            } else if (id != null && "status_update".equals(type)) {
                updates.put(id, n);
            }
        }
    }

    List<JsonNode> reports() {
        return reports;
    }

    static boolean isMaintenance(JsonNode report) {
        return "maintenance".equals(StatusWords.normal(Json.text(attributes(report), "report_type")));
    }

    Incident incident(JsonNode report) {
        JsonNode a = attributes(report);
        String state = StatusWords.normal(Json.text(a, "aggregate_state"));
        boolean over = "resolved".equals(state);
        List<IncidentUpdate> posts = updatesOf(report);
        Instant started = Json.time(a, "starts_at");
        Instant latest = posts.isEmpty() ? null : posts.get(posts.size() - 1).at();
        Instant updated = latest != null ? latest : started;
        Instant ended = !over ? null : first(Json.time(a, "ends_at"), latest, started);
        return new Incident(id(report), title(a), over ? "resolved" : state.isEmpty() ? "investigating" : state,
                impact(report, posts), started, updated, ended, pageUrl, posts, componentIds(report));
    }

    /** Scheduled before its start, under way until its end, completed once resolved or past its end. */
    Maintenance maintenance(JsonNode report, @Nullable Instant now) {
        JsonNode a = attributes(report);
        Instant starts = Json.time(a, "starts_at");
        Instant ends = Json.time(a, "ends_at");
        String phase;
        if ("resolved".equals(StatusWords.normal(Json.text(a, "aggregate_state")))) {
            phase = "completed";
        } else if (now != null && starts != null && now.isBefore(starts)) {
            phase = "scheduled";
        } else if (now != null && ends != null && !now.isBefore(ends)) {
            phase = "completed";
        } else {
            phase = "in_progress";
        }
        return new Maintenance(id(report), title(a), phase, starts, ends, pageUrl, updatesOf(report),
                componentIds(report));
    }

    /** The report's updates, oldest first: linked from the report, or naming it by {@code status_report_id}. */
    private List<IncidentUpdate> updatesOf(JsonNode report) {
        Set<JsonNode> found = new LinkedHashSet<>();
        JsonNode linked = Json.object(Json.object(report, "relationships"), "status_updates");
        for (JsonNode ref : Json.objects(linked, "data")) {
            String id = Json.text(ref, "id");
            JsonNode update = id == null ? null : updates.get(id);
            if (update != null) {
                found.add(update);
            }
        }
        String reportId = id(report);
        for (JsonNode update : updates.values()) {
            if (reportId.equals(Json.text(attributes(update), "status_report_id"))) {
                found.add(update);
            }
        }
        List<IncidentUpdate> out = new ArrayList<>();
        for (JsonNode update : found) {
            JsonNode a = attributes(update);
            Instant at = Json.time(a, "published_at");
            String message = Json.text(a, "message");
            out.add(new IncidentUpdate(Json.text(update, "id"), worstWord(update), at, at, message == null ? "" : message));
        }
        out.sort(Comparator.comparing(IncidentUpdate::at, Comparator.nullsLast(Comparator.naturalOrder())));
        return out;
    }

    /** How bad it got: the worst state the report and its updates gave its resources; null when none. */
    private static @Nullable Impact impact(JsonNode report, List<IncidentUpdate> posts) {
        List<Status> seen = new ArrayList<>();
        seen.add(BetterStackReader.status(Json.text(attributes(report), "aggregate_state")));
        seen.add(BetterStackReader.status(worstWord(report)));
        posts.forEach(p -> seen.add(BetterStackReader.status(p.status())));
        seen.removeIf(s -> s == Status.OPERATIONAL || !s.isKnown());
        return seen.isEmpty() ? null : StatusImpacts.impactOf(Status.worst(seen));
    }

    /** The worst of the words an item's {@code affected_resources} give, as written; null when none. */
    private static @Nullable String worstWord(JsonNode item) {
        String worst = null;
        for (JsonNode affected : Json.objects(attributes(item), "affected_resources")) {
            String word = Json.text(affected, "status");
            if (word != null && (worst == null
                    || BetterStackReader.status(word).isWorseThan(BetterStackReader.status(worst)))) {
                worst = word;
            }
        }
        return worst;
    }

    private static List<String> componentIds(JsonNode report) {
        Set<String> ids = new LinkedHashSet<>();
        for (JsonNode affected : Json.objects(attributes(report), "affected_resources")) {
            String id = Json.text(affected, "status_page_resource_id");
            if (id != null) {
                ids.add(id);
            }
        }
        return new ArrayList<>(ids);
    }

    private static @Nullable Instant first(@Nullable Instant a, @Nullable Instant b, @Nullable Instant c) {
        return a != null ? a : b != null ? b : c;
    }

    private static @Nullable JsonNode attributes(JsonNode item) {
        return Json.object(item, "attributes");
    }

    private static String id(JsonNode item) {
        return String.valueOf(Json.text(item, "id"));
    }

    private static String title(@Nullable JsonNode attributes) {
        String title = Json.text(attributes, "title");
        return title == null ? "Untitled" : title;
    }
}
