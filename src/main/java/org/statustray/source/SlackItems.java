package org.statustray.source;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.statustray.model.Impact;
import org.statustray.model.Incident;
import org.statustray.model.IncidentUpdate;
import org.statustray.model.Maintenance;
import org.statustray.model.Status;
import org.statustray.source.json.Json;
import org.jspecify.annotations.Nullable;

/**
 * Items of Slack's Status API v2: the objects in {@code current.active_incidents[]} and in the
 * {@code history} array. An item is an incident, notice or outage, or a planned maintenance.
 */
final class SlackItems {
    private static final Set<String> MAINTENANCE_WORDS = Set.of("scheduled", "completed", "cancelled", "canceled");

    private SlackItems() {
    }

    /**
     * Slack's item {@code type} as an impact, the one place its words are read: a {@code notice} names a
     * real but minor fault (emails not delivered, one sign-in provider failing), an {@code incident} a
     * feature broken for some customers, an {@code outage} a service that is down.
     */
    static @Nullable Impact impact(@Nullable String type) {
        switch (StatusWords.normal(type)) {
            case "": return null;
            case "notice": return Impact.MINOR;
            case "incident": return Impact.MAJOR;
            case "outage": return Impact.CRITICAL;
            default: return StatusWords.guessImpact(type);
        }
    }

    /** The status an item implies for the services it names; an item of unknown type counts as degraded. */
    static Status impliedStatus(@Nullable Impact impact) {
        return impact == null ? Status.DEGRADED : impact.impliedStatus();
    }

    /** Planned work: type {@code maintenance}, or one of the statuses only maintenances have. */
    static boolean isMaintenance(JsonNode n) {
        return StatusWords.normal(Json.text(n, "type")).equals("maintenance")
                || MAINTENANCE_WORDS.contains(StatusWords.normal(Json.text(n, "status")));
    }

    /** An object in the history array that is a Slack item at all, as opposed to another format's row. */
    static boolean looksLikeItem(JsonNode n) {
        return n.isObject() && n.has("title") && (n.has("type") || n.has("notes") || n.has("services"));
    }

    /** Slack has no phases: an incident is {@code active} until it is {@code resolved}. */
    static Incident incident(JsonNode n) {
        List<IncidentUpdate> notes = notes(n);
        String word = StatusWords.normal(Json.text(n, "status"));
        String phase = word.isEmpty() ? "active" : word;
        Instant updated = updated(n, notes);
        return new Incident(id(n), title(n), phase, impact(Json.text(n, "type")), started(n, notes), updated,
                phase.equals("resolved") ? updated : null, Json.text(n, "url"), notes, services(n));
    }

    /** Slack gives no planned window, only when the item was posted and last changed. */
    static Maintenance maintenance(JsonNode n) {
        List<IncidentUpdate> notes = notes(n);
        String phase = maintenancePhase(Json.text(n, "status"));
        return new Maintenance(id(n), title(n), phase, started(n, notes),
                phase.equals("completed") ? updated(n, notes) : null, Json.text(n, "url"), notes, services(n));
    }

    private static String maintenancePhase(@Nullable String word) {
        switch (StatusWords.normal(word)) {
            case "":
            case "scheduled": return "scheduled";
            case "active":
            case "in_progress": return "in_progress";
            case "resolved":
            case "completed": return "completed";
            case "canceled":
            case "cancelled": return "cancelled";
            default: return StatusWords.normal(word);
        }
    }

    /** The service display names an item lists: Slack has no component ids, so the name is the id. */
    static List<String> services(JsonNode n) {
        Set<String> names = new LinkedHashSet<>();
        JsonNode v = n.get("services");
        if (v != null && v.isArray()) {
            for (JsonNode e : v) {
                String name = e.isValueNode() && !e.isNull() ? e.asText().trim() : "";
                if (!name.isEmpty()) {
                    names.add(name);
                }
            }
        }
        return new ArrayList<>(names);
    }

    /** Notes oldest first (Slack lists them newest first), with Windows line ends made plain. */
    private static List<IncidentUpdate> notes(JsonNode n) {
        List<IncidentUpdate> notes = new ArrayList<>();
        for (JsonNode note : Json.objects(n, "notes")) {
            Instant at = Json.time(note, "date_created");
            JsonNode body = note.get("body");
            String text = body != null && body.isValueNode() && !body.isNull() ? body.asText() : "";
            notes.add(new IncidentUpdate(null, null, at, at, plainLinesStripped(text)));
        }
        Collections.reverse(notes);
        notes.sort(Comparator.comparing(IncidentUpdate::at, Comparator.nullsFirst(Comparator.naturalOrder())));
        return notes;
    }

    /**
     * The text stripped, with CR LF and lone CR as LF: the same as replacing CR LF, then CR, then stripping,
     * in one copy (the white space stripped is the same either way, as CR and LF are both white space).
     */
    static String plainLinesStripped(String text) {
        int from = 0;
        int to = text.length();
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        int cr = text.indexOf('\r', from);
        if (cr < 0 || cr >= to) {
            return text.substring(from, to);
        }
        StringBuilder out = new StringBuilder(to - from);
        int done = from;
        while (cr >= 0 && cr < to) {
            out.append(text, done, cr).append('\n');
            done = cr + 1 < to && text.charAt(cr + 1) == '\n' ? cr + 2 : cr + 1;
            cr = text.indexOf('\r', done);
        }
        return out.append(text, done, to).toString();
    }

    private static @Nullable Instant started(JsonNode n, List<IncidentUpdate> notes) {
        Instant created = Json.time(n, "date_created");
        Instant firstNote = notes.isEmpty() ? null : notes.get(0).at();
        if (created == null || (firstNote != null && firstNote.isBefore(created))) {
            return firstNote;
        }
        return created;
    }

    private static @Nullable Instant updated(JsonNode n, List<IncidentUpdate> notes) {
        Instant updated = Json.time(n, "date_updated");
        if (updated != null) {
            return updated;
        }
        Instant lastNote = notes.isEmpty() ? null : notes.get(notes.size() - 1).at();
        return lastNote != null ? lastNote : started(n, notes);
    }

    /** Real responses give a number, the docs a string; an item without one gets a stable stand-in. */
    private static String id(JsonNode n) {
        String id = Json.text(n, "id");
        if (id != null) {
            return id;
        }
        String url = Json.text(n, "url");
        return url != null ? url : "untitled-" + Integer.toHexString((title(n) + Json.text(n, "date_created")).hashCode());
    }

    private static String title(JsonNode n) {
        String title = Json.text(n, "title");
        return title == null ? "Untitled incident" : title;
    }
}
