package org.statustray.ui.timeline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.statustray.model.Incident;
import org.statustray.model.IncidentUpdate;
import org.statustray.model.Status;
import org.statustray.store.Transition;
import org.statustray.ui.When;

/**
 * Builds the bands of a period from the store's transitions and incidents. At any instant a band's status is
 * what its transition chain says (from its last transition before the period, or else its first in it, on)
 * when that is a problem: the page's own word, as StatusTray saw it. Otherwise it is the worst of the chain
 * and the incidents then open that concern it (the app may not have been running when they happened); where
 * neither says anything it is operational if the service's incident history is complete (backfilled), else
 * unknown to us ("no data", a null status).
 * <p>
 * Which incidents concern a band: a component's band, those that name that component; the whole service's
 * band, every incident (its impact is the service's). An incident that names no component paints the whole
 * service's band only: the page did not say which parts it hurt.
 * <p>
 * How long an incident paints: up to the end the page gave it; while StatusTray's last read of the page lists
 * it open, up to now. An incident the page never closed — one StatusTray ended as "no longer listed" at the
 * first poll that did not list it, or one still open in the history that the last read does not list (say a
 * backfilled incident the page's history leaves open) — paints only up to the page's last word on it (its
 * latest update, else its updated time, else its start): past that, only what StatusTray saw itself (the
 * transitions) paints, so an old incident nobody closed does not colour the months after it.
 */
final class TimelineBands {
    /** The part of an incident that matters here: when it was open, what it implies, what it names. */
    record Span(Instant from, @Nullable Instant to, Status status, List<String> componentIds) {
        boolean concerns(@Nullable String componentId) {
            return componentId == null || componentIds.contains(componentId);
        }

        boolean openAt(Instant t) {
            return !from.isAfter(t) && (to == null || to.isAfter(t));
        }
    }

    /** A band to build: the whole service ({@code componentId} null) or one component. */
    record Row(@Nullable String componentId, String name) {
    }

    /**
     * The phase the store gives an incident StatusTray ended because the page stopped listing it
     * ({@code store.IncidentEndRows.UNLISTED}; a test ties the two).
     */
    static final String UNLISTED = "no longer listed";

    private TimelineBands() {
    }

    /** {@code listedOpen}: the ids of the incidents StatusTray's last read of the page lists as open. */
    static List<TimelineBand> build(List<Row> rows, List<Transition> transitions, List<Incident> incidents,
            Set<String> listedOpen, boolean historyComplete, Instant from, Instant to) {
        List<Span> spans = new ArrayList<>();
        for (Incident i : incidents) {
            Span s = span(i, listedOpen.contains(i.id()));
            if (s != null) {
                spans.add(s);
            }
        }
        List<TimelineBand> bands = new ArrayList<>();
        for (Row row : rows) {
            List<Transition> chain = transitions.stream()
                    .filter(t -> Objects.equals(t.componentId(), row.componentId()))
                    .filter(t -> !t.at().isAfter(to)) // one before the period gives the status at its start
                    .toList();
            List<Span> concerning = spans.stream().filter(s -> s.concerns(row.componentId())).toList();
            bands.add(new TimelineBand(row.componentId(), row.name(),
                    segments(chain, concerning, historyComplete, from, to)));
        }
        return bands;
    }

    /** Consecutive segments covering [from, to], neighbours with the same status joined. */
    static List<TimelineBand.Segment> segments(List<Transition> chain, List<Span> spans, boolean historyComplete,
            Instant from, Instant to) {
        TreeSet<Instant> edges = new TreeSet<>();
        edges.add(from);
        edges.add(to);
        chain.forEach(t -> edges.add(t.at()));
        for (Span s : spans) {
            edges.add(s.from());
            if (s.to() != null) {
                edges.add(s.to());
            }
        }
        List<Instant> inside = List.copyOf(edges.subSet(from, true, to, true));
        List<TimelineBand.Segment> out = new ArrayList<>();
        int next = 0; // the first transition not yet reached
        Status chainStatus = null;
        for (int k = 0; k + 1 < inside.size(); k++) {
            Instant a = inside.get(k);
            while (next < chain.size() && !chain.get(next).at().isAfter(a)) {
                chainStatus = chain.get(next++).to();
            }
            Status status = statusAt(a, chainStatus, spans, historyComplete);
            TimelineBand.Segment last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && last.status() == status) {
                out.set(out.size() - 1, new TimelineBand.Segment(last.from(), inside.get(k + 1), status));
            } else {
                out.add(new TimelineBand.Segment(a, inside.get(k + 1), status));
            }
        }
        return out;
    }

    private static @Nullable Status statusAt(Instant t, @Nullable Status chainStatus, List<Span> spans,
            boolean historyComplete) {
        if (chainStatus != null && chainStatus.isProblem()) {
            return chainStatus; // the page's own word, as StatusTray saw it, over what an incident's impact implies
        }
        List<Status> said = new ArrayList<>();
        if (chainStatus != null) {
            said.add(chainStatus);
        }
        for (Span s : spans) {
            if (s.openAt(t)) {
                said.add(s.status());
            }
        }
        if (said.isEmpty()) {
            return historyComplete ? Status.OPERATIONAL : null;
        }
        return Status.worst(said);
    }

    /**
     * When the incident paints its bands (to null: up to now); null when the page gave no time at all, or it
     * ended as it began. {@code listedOpen}: StatusTray's last read of the page lists it open.
     */
    static @Nullable Span span(Incident i, boolean listedOpen) {
        Instant start = i.started() != null ? i.started() : firstUpdateAt(i);
        if (start == null) {
            return null;
        }
        Instant end = paintsUntil(i, listedOpen);
        if (end != null && !end.isAfter(start)) {
            return null;
        }
        Status status = i.impact() == null ? Status.DEGRADED : i.impact().impliedStatus();
        return new Span(start, end, status, i.componentIds());
    }

    /** When the incident ended: its resolution, or for one closed without a time its last word; null while open. */
    static @Nullable Instant end(Incident i) {
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

    /** The end of {@link #span}: the class comment says why an incident the page never closed stops early. */
    static @Nullable Instant paintsUntil(Incident i, boolean listedOpen) {
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
