package org.statustray.store;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.statustray.model.Incident;
import org.statustray.model.IncidentUpdate;
import org.statustray.model.Status;

/**
 * When an incident says its service (or the components it names) was not well: from {@code from} to
 * {@code to} (null: up to now), with the status its impact implies. The timeline's bands, the overlaps of
 * several services and the history's "At the same time" all read incidents through this one rule.
 * <p>
 * How long an incident paints: up to the end the page gave it; while StatusTray's last read of the page lists
 * it open, up to now. An incident the page never closed — one StatusTray ended as "no longer listed" at the
 * first poll that did not list it, or one still open in the history that the last read does not list (say a
 * backfilled incident the page's history leaves open) — paints only up to the page's last word on it (its
 * latest update, else its updated time, else its start): past that, only what StatusTray saw itself (the
 * transitions) paints, so an old incident nobody closed does not colour the months after it.
 */
public record IncidentSpan(Instant from, @Nullable Instant to, Status status, List<String> componentIds) {
    /** The phase the store gives an incident StatusTray ended because the page stopped listing it. */
    public static final String UNLISTED = IncidentEndRows.UNLISTED;

    public IncidentSpan {
        componentIds = List.copyOf(componentIds);
    }

    /**
     * Whether it concerns the whole service ({@code componentId} null: every incident does) or that component
     * (one that names it; an incident that names none did not say which parts it hurt).
     */
    public boolean concerns(@Nullable String componentId) {
        return componentId == null || componentIds.contains(componentId);
    }

    public boolean openAt(Instant t) {
        return !from.isAfter(t) && (to == null || to.isAfter(t));
    }

    /** Whether it was open at some time in [{@code a}, {@code b}) ({@code b} null: up to now). */
    public boolean openDuring(Instant a, @Nullable Instant b) {
        return (b == null || from.isBefore(b)) && (to == null || to.isAfter(a));
    }

    /**
     * When the incident paints (to null: up to now); null when the page gave no time at all, or it ended as it
     * began. {@code listedOpen}: StatusTray's last read of the page lists it open.
     */
    public static @Nullable IncidentSpan of(Incident i, boolean listedOpen) {
        Instant start = i.started() != null ? i.started() : firstUpdateAt(i);
        if (start == null) {
            return null;
        }
        Instant end = paintsUntil(i, listedOpen);
        if (end != null && !end.isAfter(start)) {
            return null;
        }
        Status status = i.impact() == null ? Status.DEGRADED : i.impact().impliedStatus();
        return new IncidentSpan(start, end, status, i.componentIds());
    }

    /** When the incident ended: its resolution, or for one closed without a time its last word; null while open. */
    public static @Nullable Instant end(Incident i) {
        if (i.resolved() != null) {
            return i.resolved();
        }
        if (i.isActive()) {
            return null;
        }
        IncidentUpdate last = i.latestUpdate();
        Instant lastAt = last == null ? null : last.at() != null ? last.at() : last.postedAt();
        return lastAt != null ? lastAt : i.updated() != null ? i.updated() : i.started();
    }

    /** The end of {@link #of}: the class comment says why an incident the page never closed stops early. */
    public static @Nullable Instant paintsUntil(Incident i, boolean listedOpen) {
        boolean unlisted = UNLISTED.equals(i.status());
        if (!unlisted && (!i.isActive() || listedOpen)) {
            return end(i);
        }
        Instant last = null;
        for (IncidentUpdate u : i.updates()) {
            Instant at = u.at() != null ? u.at() : u.postedAt();
            if (at != null && !UNLISTED.equals(u.status()) && (last == null || at.isAfter(last))) {
                last = at;
            }
        }
        Instant updated = i.updated(); // the page's: ending it as unlisted sets only its end
        if (updated != null && (last == null || updated.isAfter(last))) {
            last = updated;
        }
        return last != null ? last : i.started();
    }

    private static @Nullable Instant firstUpdateAt(Incident i) {
        for (IncidentUpdate u : i.updates()) {
            Instant at = u.at() != null ? u.at() : u.postedAt();
            if (at != null) {
                return at;
            }
        }
        return null;
    }
}
