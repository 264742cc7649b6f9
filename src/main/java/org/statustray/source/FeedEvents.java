package org.statustray.source;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.statustray.model.History;
import org.statustray.model.Incident;
import org.statustray.model.IncidentUpdate;
import org.statustray.model.Maintenance;
import org.statustray.source.feed.Feed;
import org.statustray.source.feed.FeedEntry;
import org.jspecify.annotations.Nullable;

/**
 * Feed entries as incidents and maintenances. Statuspage-style feeds embed the update list in the body;
 * a label repeats the phase only when it changes ({@code Update} means "no change"), so the entry's phase
 * is its newest label other than {@code update}. Other feeds give one update: the whole text. What closes an
 * entry is {@link FeedRules}'.
 */
final class FeedEvents {
    private static final Set<String> INCIDENT_PHASES = Set.of("investigating", "identified", "monitoring", "resolved");
    private static final Set<String> MAINTENANCE_PHASES = Set.of("scheduled", "in_progress", "verifying");

    private FeedEvents() {
    }

    /** Every entry, in feed order. */
    static History history(Feed feed) {
        List<Incident> incidents = new ArrayList<>();
        List<Maintenance> maintenances = new ArrayList<>();
        for (FeedEntry e : feed.entries()) {
            Record event = event(e, true);
            if (event instanceof Maintenance m) {
                maintenances.add(m);
            } else {
                incidents.add((Incident) event);
            }
        }
        return new History(incidents, maintenances);
    }

    /**
     * One entry as an {@link Incident} or a {@link Maintenance}. Without {@code bodies} each embedded post's
     * text is left empty: nothing that decides an entry's kind, phase, times or whether it is closed reads
     * them, so a reader can decide which entries it keeps first and read only their bodies.
     */
    static Record event(FeedEntry e, boolean bodies) {
        List<IncidentUpdate> embedded =
                EmbeddedUpdates.parse(e.html(), e.published() != null ? e.published() : e.updated(), bodies);
        return isMaintenance(e, embedded) ? maintenance(e, embedded) : incident(e, embedded);
    }

    /**
     * One entry as an incident. It is closed when its phase label closes it, when its title (or, without
     * embedded posts, its text) says so, or when its own status words do ({@link FeedRules}); those words
     * also grade its impact.
     */
    static Incident incident(FeedEntry e, List<IncidentUpdate> embedded) {
        String text = embedded.isEmpty() ? e.text() : ""; // the whole text matters only without embedded posts
        String phase = phase(embedded);
        FeedRules.Reading own = FeedRules.statusWords(e.statusWords());
        boolean closed = FeedRules.isClosingLabel(phase) || FeedRules.saysClosed(e.title())
                || (embedded.isEmpty() && FeedRules.saysClosed(text)) || Boolean.TRUE.equals(own.closed());
        String status = closed ? (phase != null && FeedRules.isClosingLabel(phase) ? phase : "resolved")
                : (phase != null ? phase : "investigating");
        List<IncidentUpdate> updates = embedded;
        if (embedded.isEmpty() && !text.isEmpty()) {
            updates = List.of(new IncidentUpdate(null, status, e.latest(), e.latest(), text));
        }
        Instant last = updates.isEmpty() ? null : updates.get(updates.size() - 1).at();
        Instant resolved = closed ? (last != null ? last : e.latest()) : null;
        return new Incident(id(e), title(e), status, own.impact(), earliest(first(updates), e.published()),
                latest(last, e.latest()), resolved, e.link(), updates, List.of());
    }

    static Maintenance maintenance(FeedEntry e, List<IncidentUpdate> updates) {
        String phase = phase(updates);
        return new Maintenance(id(e), title(e), phase != null ? phase : "scheduled", timeOf(updates, "in_progress"),
                timeOf(updates, "completed"), e.link(), updates, List.of());
    }

    /** Instatus marks maintenances in the id; Statuspage only by the words of its updates. */
    private static boolean isMaintenance(FeedEntry e, List<IncidentUpdate> updates) {
        if (e.id() != null && e.id().contains("Maintenance/")) {
            return true;
        }
        boolean maintenanceWord = false;
        for (IncidentUpdate u : updates) {
            if (INCIDENT_PHASES.contains(u.status())) {
                return false;
            }
            maintenanceWord |= MAINTENANCE_PHASES.contains(u.status());
        }
        return maintenanceWord;
    }

    /** The newest label that is not a plain {@code update}; null when there is none. */
    private static @Nullable String phase(List<IncidentUpdate> updates) {
        for (int i = updates.size() - 1; i >= 0; i--) {
            if (!"update".equals(updates.get(i).status())) {
                return updates.get(i).status();
            }
        }
        return null;
    }

    private static @Nullable Instant timeOf(List<IncidentUpdate> updates, String status) {
        return updates.stream().filter(u -> status.equals(u.status()) && u.at() != null)
                .map(IncidentUpdate::at).findFirst().orElse(null);
    }

    private static String id(FeedEntry e) {
        return e.id() != null ? e.id()
                : "entry-" + Integer.toHexString((e.title() + "|" + e.published()).hashCode());
    }

    private static String title(FeedEntry e) {
        return e.title() != null ? e.title() : "Untitled incident";
    }

    private static @Nullable Instant first(List<IncidentUpdate> updates) {
        return updates.isEmpty() ? null : updates.get(0).at();
    }

    private static @Nullable Instant earliest(@Nullable Instant a, @Nullable Instant b) {
        return a == null ? b : b == null || a.isBefore(b) ? a : b;
    }

    private static @Nullable Instant latest(@Nullable Instant a, @Nullable Instant b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }
}
