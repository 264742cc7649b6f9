package org.statustray.ui.history;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.statustray.model.Impact;
import org.statustray.model.Incident;
import org.statustray.model.IncidentUpdate;
import org.statustray.model.Snapshot;
import org.statustray.model.Status;
import org.statustray.store.HistoryStore;

/**
 * A small history for "At the same time", on 29 March 2026 (the night Berlin's clocks went forward): OpenAI's
 * outage 10:00–12:00 UTC; Claude's 11:00–11:30 and Cursor's still open since 11:50 (the last read lists it);
 * a second OpenAI incident inside the first (the same service: not "another"); GitHub's after (13:00–14:00);
 * Slack's that its page never closed, whose last word was at 09:00 (it does not reach into the morning).
 */
final class SameTimeHistory {
    static final Instant NOW = Instant.parse("2026-03-29T15:00:00Z");

    private SameTimeHistory() {
    }

    static Incident incident(String id, String title, String phase, String start, @Nullable String end) {
        Instant from = Instant.parse(start);
        Instant to = end == null ? null : Instant.parse(end);
        return new Incident(id, title, phase, Impact.MAJOR, from, to == null ? from : to, to, null,
                List.of(new IncidentUpdate(id + "-0", "investigating", from, from, "Investigating.")), List.of());
    }

    static void fill(HistoryStore store) {
        store.upsertIncidents("openai", List.of(
                incident("o1", "ChatGPT unavailable", "resolved", "2026-03-29T10:00:00Z", "2026-03-29T12:00:00Z"),
                incident("o2", "Login errors", "resolved", "2026-03-29T11:15:00Z", "2026-03-29T11:45:00Z")));
        store.upsertIncidents("anthropic", List.of(
                incident("a1", "Elevated errors on Claude", "resolved", "2026-03-29T11:00:00Z", "2026-03-29T11:30:00Z")));
        Incident cursor = incident("c1", "Cursor requests failing", "investigating", "2026-03-29T11:50:00Z", null);
        store.upsertIncidents("cursor", List.of(cursor));
        store.saveSnapshot("cursor", new Snapshot("Cursor", "https://status.cursor.com", "statuspage", NOW,
                Status.MAJOR_OUTAGE, "Major Outage", List.of(), true, List.of(cursor), List.of()));
        store.upsertIncidents("github", List.of(
                incident("g1", "Actions delayed", "resolved", "2026-03-29T13:00:00Z", "2026-03-29T14:00:00Z")));
        Instant slackStart = Instant.parse("2026-03-29T08:00:00Z");
        Instant lastWord = Instant.parse("2026-03-29T09:00:00Z");
        store.upsertIncidents("slack", List.of(new Incident("s1", "Messages delayed", "identified", Impact.MINOR,
                slackStart, lastWord, null, null, List.of(
                        new IncidentUpdate("s1-0", "investigating", slackStart, slackStart, "Investigating."),
                        new IncidentUpdate("s1-1", "identified", lastWord, lastWord, "Found the cause.")), List.of())));
    }

    static String name(String id) {
        return switch (id) {
            case "openai" -> "OpenAI";
            case "anthropic" -> "Claude";
            case "cursor" -> "Cursor";
            case "github" -> "GitHub";
            default -> "Slack";
        };
    }
}
