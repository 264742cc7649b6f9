package org.statustray.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.statustray.model.Impact;
import org.statustray.model.Incident;
import org.statustray.model.IncidentUpdate;
import org.statustray.model.Maintenance;

/** An incident or a maintenance as one row of {@code events}, so that both share one upsert and one query. */
record EventRow(Kind kind, String providerId, String title, String status, @Nullable Impact impact,
        @Nullable Instant started, @Nullable Instant updated, @Nullable Instant resolved, @Nullable Instant ends,
        @Nullable String url, List<String> componentIds,
        List<IncidentUpdate> updates) {

    enum Kind {
        INCIDENT, MAINTENANCE;

        String column() {
            return this == INCIDENT ? "incident" : "maintenance";
        }
    }

    EventRow {
        componentIds = componentIds == null ? List.of() : List.copyOf(componentIds);
        updates = updates == null ? List.of() : List.copyOf(updates);
    }

    static EventRow of(Incident i) {
        return new EventRow(Kind.INCIDENT, i.id(), i.title(), i.status(), i.impact(), i.started(), i.updated(),
                i.resolved(), null, i.url(), i.componentIds(), i.updates());
    }

    static EventRow of(Maintenance m) {
        return new EventRow(Kind.MAINTENANCE, m.id(), m.title(), m.status(), null, m.starts(), null, null, m.ends(),
                m.url(), m.componentIds(), m.updates());
    }

    Incident incident() {
        return new Incident(providerId, title, status, impact, started, updated, resolved, url, updates, componentIds);
    }

    Maintenance maintenance() {
        return new Maintenance(providerId, title, status, started, ends, url, updates, componentIds);
    }

    /** The provider's id; for a source that gives none, a stand-in made of what identifies the event. */
    String key() {
        return providerId != null ? providerId : "~" + digest(String.valueOf(started), String.valueOf(title));
    }

    /** The newest time the event mentions, for "since" queries; null when it mentions none. */
    @Nullable Instant latest() {
        Instant latest = StoreTimes.latest(started, updated, resolved, ends);
        for (IncidentUpdate u : updates) {
            latest = StoreTimes.latest(latest, u.at(), u.postedAt());
        }
        return latest;
    }

    /** What makes an update the same one when a poll and a history page both list it. */
    static String updateKey(IncidentUpdate u) {
        return u.id() != null ? "id:" + u.id()
                : "at:" + digest(String.valueOf(u.at()), String.valueOf(u.status()), String.valueOf(u.body()));
    }

    private static String digest(String... parts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String p : parts) {
                sha.update(p.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
