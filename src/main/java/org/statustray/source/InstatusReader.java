package org.statustray.source;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.statustray.model.Impact;
import org.statustray.model.Incident;
import org.statustray.model.Maintenance;
import org.statustray.model.Snapshot;
import org.statustray.model.Status;
import org.statustray.source.json.Json;
import org.statustray.source.time.JsDates;
import org.jspecify.annotations.Nullable;

/**
 * Instatus's public {@code /summary.json}: the page's status word, active incidents and maintenances,
 * no components. {@code HASISSUES} is too coarse on its own, so the incidents' impacts grade it (never
 * better than degraded). Items carry no ids, only their page's {@code url}, which serves as the id.
 */
public final class InstatusReader implements StatusReader {
    public static final String FORMAT = "instatus";
    private static final Pattern MINUTES = Pattern.compile("\\d{1,9}");
    private static final Set<String> PAGE_WORDS = Set.of("UP", "HASISSUES", "UNDERMAINTENANCE");

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public URI endpoint(URI given) {
        return Endpoints.pathEndsWithAny(given, "/summary.json") ? given : Endpoints.under(given, "/summary.json");
    }

    @Override
    public Snapshot read(byte[] body, URI url, Instant fetchedAt) throws UnreadableException {
        JsonNode root = Json.parse(body);
        JsonNode page = Json.object(root, "page");
        String word = Json.text(page, "status");
        if (!root.isObject() || !(word != null && PAGE_WORDS.contains(word.toUpperCase(Locale.ROOT))
                || root.has("activeIncidents"))) {
            throw new UnreadableException("not an Instatus summary: no page.status of UP, HASISSUES or UNDERMAINTENANCE");
        }
        Json.requireLists(root, "an Instatus summary", "activeIncidents", "activeMaintenances");
        List<Incident> incidents = new ArrayList<>();
        for (JsonNode n : Json.objects(root, "activeIncidents")) {
            Instant started = JsDates.parse(Json.text(n, "started"));
            Instant updated = JsDates.parse(Json.text(n, "updatedAt"));
            String status = StatusWords.normal(Json.text(n, "status"));
            Incident i = new Incident(id(n, "started"), title(n), status.isEmpty() ? "investigating" : status,
                    StatusImpacts.impactOf(status(Json.text(n, "impact"))), started, updated != null ? updated : started,
                    null, Json.text(n, "url"), List.of(), List.of());
            if (i.isActive()) {
                incidents.add(i);
            }
        }
        incidents.sort(Comparator.comparing(Incident::started, Comparator.nullsLast(Comparator.reverseOrder())));
        List<Maintenance> maintenances = new ArrayList<>();
        for (JsonNode n : Json.objects(root, "activeMaintenances")) {
            Instant starts = JsDates.parse(Json.text(n, "start"));
            Maintenance m = new Maintenance(id(n, "start"), title(n), maintenancePhase(Json.text(n, "status")), starts,
                    ends(starts, Json.text(n, "duration")), Json.text(n, "url"), List.of(), List.of());
            if (m.isOpen()) {
                maintenances.add(m);
            }
        }
        maintenances.sort(Comparator.comparing(Maintenance::starts, Comparator.nullsLast(Comparator.naturalOrder())));
        Status status = overall(word, incidents, maintenances);
        String name = Json.text(page, "name");
        return new Snapshot(name != null ? name : url.getHost(), url.toString(), FORMAT, fetchedAt, status,
                status.label(), List.of(), false, incidents, maintenances);
    }

    /** The page's word; {@code HASISSUES} is the worst of degraded and what the incidents' impacts imply. */
    private static Status overall(@Nullable String word, List<Incident> incidents, List<Maintenance> maintenances) {
        switch (StatusWords.normal(word)) {
            case "up": return Status.OPERATIONAL;
            case "undermaintenance": return Status.MAINTENANCE;
            case "hasissues":
                List<Status> statuses = new ArrayList<>(List.of(Status.DEGRADED));
                for (Incident i : incidents) {
                    statuses.add(i.impact() == null ? Status.DEGRADED : i.impact().impliedStatus());
                }
                return Status.worst(statuses);
            default:
                Status guessed = StatusWords.guessStatus(word);
                return guessed.isKnown() ? guessed : OverallStatus.fromEvents(incidents, maintenances);
        }
    }

    /** Instatus's impact (and component) words. It has no level above a major outage. */
    static Status status(@Nullable String word) {
        switch (StatusWords.normal(word).replace("_", "")) {
            case "operational": return Status.OPERATIONAL;
            case "undermaintenance": return Status.MAINTENANCE;
            case "degradedperformance":
            case "minoroutage": return Status.DEGRADED;
            case "partialoutage": return Status.PARTIAL_OUTAGE;
            case "majoroutage": return Status.MAJOR_OUTAGE;
            default: return StatusWords.guessStatus(word);
        }
    }

    static String maintenancePhase(@Nullable String word) {
        switch (StatusWords.normal(word).replace("_", "")) {
            case "notstartedyet":
            case "": return "scheduled";
            case "inprogress": return "in_progress";
            case "completed": return "completed";
            default: return StatusWords.normal(word);
        }
    }

    /** {@code duration} is a count of minutes, sent as a string. */
    private static @Nullable Instant ends(@Nullable Instant starts, @Nullable String minutes) {
        if (starts == null || minutes == null || !MINUTES.matcher(minutes).matches()) {
            return null;
        }
        return starts.plus(Duration.ofMinutes(Long.parseLong(minutes)));
    }

    /** Newer payloads add an {@code id}; the documented one has only the item's page {@code url}. */
    private static String id(JsonNode n, String timeField) {
        String id = Json.text(n, "id");
        id = id != null ? id : Json.text(n, "url");
        return id != null ? id : "instatus-" + Integer.toHexString((title(n) + Json.text(n, timeField)).hashCode());
    }

    private static String title(JsonNode n) {
        String name = Json.text(n, "name");
        return name == null ? "Untitled" : name;
    }
}
