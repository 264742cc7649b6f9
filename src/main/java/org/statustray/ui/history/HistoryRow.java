package org.statustray.ui.history;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.statustray.model.Impact;
import org.statustray.model.Incident;
import org.statustray.model.IncidentUpdate;
import org.statustray.model.Status;
import org.statustray.ui.When;
import org.statustray.ui.Words;

/**
 * One incident of the history window, with what sorting and filtering need worked out once when the history
 * is loaded: its length, the span it covers for the date filter, and its searchable text in lower case.
 * {@code duration} is null when it is {@code ongoing} or when the page gave no start or no end.
 */
public record HistoryRow(String serviceId, String serviceName, Incident incident, @Nullable Duration duration,
        boolean ongoing, @Nullable Instant spanStart, @Nullable Instant spanEnd, String searchText,
        @Nullable Duration lead) {

    /** By start; an incident without a start sorts as the oldest. */
    public static final Comparator<HistoryRow> BY_STARTED =
            Comparator.comparing(r -> r.incident().started(), Comparator.nullsFirst(Comparator.naturalOrder()));
    /** By length: unknown lengths first, ongoing incidents last (they are not over yet). */
    public static final Comparator<HistoryRow> BY_DURATION = Comparator
            .comparingInt((HistoryRow r) -> r.ongoing() ? 2 : r.duration() == null ? 0 : 1)
            .thenComparing(HistoryRow::duration, Comparator.nullsFirst(Comparator.naturalOrder()));
    /** By severity: no impact given, none, minor, major, critical. */
    public static final Comparator<HistoryRow> BY_IMPACT =
            Comparator.comparing(r -> r.incident().impact(), Comparator.nullsFirst(Comparator.naturalOrder()));

    public HistoryRow {
        Objects.requireNonNull(serviceId, "serviceId");
        Objects.requireNonNull(incident, "incident");
    }

    /**
     * The row for a stored incident, with how far ahead of the status page StatusTray saw it (null: it did
     * not); {@code now} ends the span of an ongoing one.
     */
    public static HistoryRow of(String serviceId, String serviceName, Incident incident, @Nullable Duration lead,
            Instant now) {
        Instant start = incident.started();
        Instant end = incident.resolved();
        boolean ongoing = incident.isActive();
        Duration duration = start != null && end != null && !end.isBefore(start) ? Duration.between(start, end) : null;
        Instant first = start != null ? start : earliest(incident);
        Instant last = end != null ? end : ongoing ? now : latest(incident);
        if (first == null) {
            first = last;
        }
        if (last == null || (first != null && last.isBefore(first))) {
            last = first;
        }
        return new HistoryRow(serviceId, serviceName == null ? serviceId : serviceName, incident,
                ongoing ? null : duration, ongoing, first, last, searchText(serviceName, incident), lead);
    }

    public @Nullable Impact impact() {
        return incident.impact();
    }

    /**
     * The mark beside the impact: the status the impact implies, except that an incident still open never
     * wears the green "operational" tick (a page's "none" does not make an open incident good news); null,
     * no mark, for that and when the page gave no impact.
     */
    public @Nullable Status mark() {
        Impact impact = incident.impact();
        if (impact == null) {
            return null;
        }
        Status implied = impact.impliedStatus();
        return ongoing && implied == Status.OPERATIONAL ? null : implied;
    }

    /** When it started as the app writes times: "3 Feb 14:05 CST" (with the year when not this year), or "". */
    public String startedText(When when, Instant now) {
        Instant started = incident.started();
        return started == null ? "" : when.time(started, now) + " " + when.zoneName(started);
    }

    /** "55 min", "3 h 20 min", "ongoing", or "" when the page gave no start or no end. */
    public String durationText() {
        return ongoing ? "ongoing" : duration == null ? "" : When.duration(duration);
    }

    /** The incident's phase as a heading word: "Resolved", "Identified". */
    public String statusText() {
        return Words.phase(incident.status());
    }

    /** What tells this incident apart from every other in the store, for keeping a selection across reloads. */
    public String key() {
        return serviceId + '\u0000' + (incident.id() != null ? incident.id() : incident.started() + "\u0000" + incident.title());
    }

    /** Whether every word (already lower case) occurs in the title, service, status or an update body. */
    boolean matchesAll(String[] words) {
        for (String w : words) {
            if (!searchText.contains(w)) {
                return false;
            }
        }
        return true;
    }

    private static String searchText(String serviceName, Incident incident) {
        StringBuilder sb = new StringBuilder(256);
        sb.append(incident.title()).append('\n').append(serviceName).append('\n')
                .append(Words.phase(incident.status())).append('\n');
        for (IncidentUpdate u : incident.updates()) {
            SearchText.append(u.body(), sb);
            sb.append('\n');
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    private static @Nullable Instant earliest(Incident incident) {
        Instant first = null;
        for (IncidentUpdate u : incident.updates()) {
            Instant at = u.at() != null ? u.at() : u.postedAt();
            if (at != null && (first == null || at.isBefore(first))) {
                first = at;
            }
        }
        return first != null ? first : incident.updated();
    }

    private static @Nullable Instant latest(Incident incident) {
        Instant last = incident.updated();
        for (IncidentUpdate u : incident.updates()) {
            Instant at = u.at() != null ? u.at() : u.postedAt();
            if (at != null && (last == null || at.isAfter(last))) {
                last = at;
            }
        }
        return last;
    }
}
