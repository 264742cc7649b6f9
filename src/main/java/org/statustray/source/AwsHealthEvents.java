package org.statustray.source;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.statustray.model.Component;
import org.statustray.model.Impact;
import org.statustray.model.Incident;
import org.statustray.model.IncidentUpdate;
import org.statustray.model.Status;
import org.statustray.source.json.Json;
import org.statustray.source.time.Timestamps;
import org.jspecify.annotations.Nullable;

/**
 * One AWS dashboard event (an item of {@code /public/currentevents}, or of the legacy {@code data.json}'s
 * {@code current} / {@code archive}) as an incident and the services it names.
 */
final class AwsHealthEvents {
    /**
     * What one dashboard status code means. {@code named} is the status of a service the event lists
     * under {@code impacted_services}; {@code unnamed} that of the event's own service when it lists none.
     */
    record Level(String phase, @Nullable Impact impact, Status named, Status unnamed) {
    }

    private static final Pattern EPOCH = Pattern.compile("\\d{1,15}(\\.\\d+)?");

    private AwsHealthEvents() {
    }

    /**
     * The dashboard's legend: 0 operating normally, 1 informational, 2 performance issues, 3 service
     * disruption. Informational is AWS's blue "i", a note rather than an outage, unless the event says a
     * service is impacted at that level. AWS has no level above disruption and uses it for partial
     * impact (elevated error rates in one region), hence a partial outage.
     */
    static Level level(@Nullable String code) {
        String c = code == null ? "" : code.trim();
        switch (c) {
            case "0": return new Level("resolved", Impact.NONE, Status.OPERATIONAL, Status.OPERATIONAL);
            case "1": return new Level("informational", Impact.NONE, Status.DEGRADED, Status.OPERATIONAL);
            case "2": return new Level("performance_issues", Impact.MINOR, Status.DEGRADED, Status.DEGRADED);
            case "3": return new Level("service_disruption", Impact.MAJOR, Status.PARTIAL_OUTAGE, Status.PARTIAL_OUTAGE);
            default:
                Status guessed = StatusWords.guessStatus(c);
                String word = StatusWords.normal(c);
                return new Level(word.isEmpty() || word.chars().allMatch(Character::isDigit) ? "investigating" : word,
                        StatusWords.guessImpact(c), guessed, guessed);
        }
    }

    /**
     * Archive items are closed whatever their code; the legacy feed also marks them "[RESOLVED]", and
     * current events that ended carry an {@code end_time} (with code 0) for a while after.
     */
    static boolean isOpen(JsonNode event) {
        String summary = Json.text(event, "summary");
        String ended = Json.text(event, "end_time");
        return !"resolved".equals(level(Json.text(event, "status")).phase())
                && (ended == null || ended.isBlank())
                && (summary == null || !summary.toUpperCase(Locale.ROOT).startsWith("[RESOLVED]"));
    }

    static Incident incident(JsonNode event, boolean open, String pageUrl) {
        Level level = level(Json.text(event, "status"));
        List<IncidentUpdate> updates = updates(event);
        Instant started = epoch(event.get("date"));
        if (!updates.isEmpty() && (started == null || updates.get(0).at() != null && updates.get(0).at().isBefore(started))) {
            started = updates.get(0).at();
        }
        Instant latest = updates.isEmpty() ? null : updates.get(updates.size() - 1).at();
        Instant updated = latest != null ? latest : started;
        List<String> ids = new ArrayList<>();
        components(event).forEach(c -> ids.add(c.id()));
        Instant ended = epoch(event.get("end_time"));
        return new Incident(id(event), title(event), open ? level.phase() : "resolved", level.impact(), started,
                updated, open ? null : ended != null ? ended : updated, pageUrl, updates, ids);
    }

    /** The services an event names: its impacted services, or else its own service. */
    static List<Component> components(JsonNode event) {
        String region = Json.text(event, "region_name");
        List<Component> out = new ArrayList<>();
        JsonNode impacted = Json.object(event, "impacted_services");
        if (impacted != null) {
            for (Iterator<Map.Entry<String, JsonNode>> it = impacted.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String name = Json.text(e.getValue(), "service_name");
                out.add(new Component(e.getKey(), name != null ? name : e.getKey(), region,
                        level(Json.text(e.getValue(), "current")).named()));
            }
        }
        String service = Json.text(event, "service");
        if (out.isEmpty() && service != null) {
            String name = Json.text(event, "service_name");
            out.add(new Component(service, name != null ? name : service, region,
                    level(Json.text(event, "status")).unnamed()));
        }
        return out;
    }

    /** The event log oldest first; a legacy item's HTML description is its one post. */
    private static List<IncidentUpdate> updates(JsonNode event) {
        List<IncidentUpdate> updates = new ArrayList<>();
        for (JsonNode u : Json.objects(event, "event_log")) {
            Instant at = epoch(u.get("timestamp"));
            String message = Json.text(u, "message");
            updates.add(new IncidentUpdate(null, level(Json.text(u, "status")).phase(), at, at,
                    message != null ? message : nonNull(Json.text(u, "summary"))));
        }
        updates.sort(Comparator.comparing(IncidentUpdate::at, Comparator.nullsFirst(Comparator.naturalOrder())));
        String description = Json.text(event, "description");
        if (updates.isEmpty() && description != null) {
            Instant at = epoch(event.get("date"));
            updates.add(new IncidentUpdate(null, level(Json.text(event, "status")).phase(), at, at, description));
        }
        return updates;
    }

    /** The ARN where there is one; legacy items are keyed like the RSS guid, {@code <service>_<date>}. */
    private static String id(JsonNode event) {
        String arn = Json.text(event, "arn");
        if (arn != null) {
            return arn;
        }
        String service = Json.text(event, "service");
        String date = Json.text(event, "date");
        return service != null && date != null ? service + "_" + date
                : "aws-" + Integer.toHexString((title(event) + date).hashCode());
    }

    /** {@code Service (Region): summary}, as the whole dashboard shares one list. */
    private static String title(JsonNode event) {
        String service = Json.text(event, "service_name");
        String region = Json.text(event, "region_name");
        if (service != null && region != null && !service.contains(region)) {
            service = service + " (" + region + ")";
        }
        String summary = Json.text(event, "summary");
        if (service == null) {
            return summary != null ? summary : "AWS event";
        }
        return summary != null ? service + ": " + summary : service;
    }

    /** Unix seconds as a number or a string (milliseconds when too large for seconds), else ISO text. */
    static @Nullable Instant epoch(@Nullable JsonNode v) {
        if (v == null || v.isNull() || v.isContainerNode()) {
            return null;
        }
        String text = v.asText().trim();
        if (v.isNumber() || EPOCH.matcher(text).matches()) {
            double value = v.isNumber() ? v.asDouble() : Double.parseDouble(text);
            long millis = value > 100_000_000_000d ? (long) value : (long) (value * 1000);
            return Instant.ofEpochMilli(millis);
        }
        return Timestamps.parse(text);
    }

    private static String nonNull(@Nullable String s) {
        return s == null ? "" : s;
    }
}
