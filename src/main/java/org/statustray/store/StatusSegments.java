package org.statustray.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.statustray.model.Status;

/**
 * A service's (or one component's) status over a period from its transitions and incidents. At any instant it
 * is what the transition chain says (from its last transition before the period, or else its first in it, on)
 * when that is a problem: the page's own word, as StatusTray saw it. Otherwise it is the worst of the chain
 * and the incidents then open that concern it (the app may not have been running when they happened); where
 * neither says anything it is operational if the service's incident history is complete (backfilled), else
 * unknown to us ("no data", a null status).
 */
public final class StatusSegments {
    /** A stretch of time with one status; {@code status} null means nothing is known. */
    public record Segment(Instant from, Instant to, @Nullable Status status) {
    }

    private StatusSegments() {
    }

    /**
     * Consecutive segments covering [from, to], neighbours with the same status joined. {@code chain}: the
     * transitions of the one band, oldest first; {@code spans}: the incidents that concern it.
     */
    public static List<Segment> of(List<Transition> chain, List<IncidentSpan> spans, boolean historyComplete,
            Instant from, Instant to) {
        TreeSet<Instant> edges = new TreeSet<>();
        edges.add(from);
        edges.add(to);
        chain.forEach(t -> edges.add(t.at()));
        for (IncidentSpan s : spans) {
            edges.add(s.from());
            if (s.to() != null) {
                edges.add(s.to());
            }
        }
        List<Instant> inside = List.copyOf(edges.subSet(from, true, to, true));
        List<Segment> out = new ArrayList<>();
        int next = 0; // the first transition not yet reached
        Status chainStatus = null;
        for (int k = 0; k + 1 < inside.size(); k++) {
            Instant a = inside.get(k);
            while (next < chain.size() && !chain.get(next).at().isAfter(a)) {
                chainStatus = chain.get(next++).to();
            }
            Status status = statusAt(a, chainStatus, spans, historyComplete);
            Segment last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && last.status() == status) {
                out.set(out.size() - 1, new Segment(last.from(), inside.get(k + 1), status));
            } else {
                out.add(new Segment(a, inside.get(k + 1), status));
            }
        }
        return out;
    }

    private static @Nullable Status statusAt(Instant t, @Nullable Status chainStatus, List<IncidentSpan> spans,
            boolean historyComplete) {
        if (chainStatus != null && chainStatus.isProblem()) {
            return chainStatus; // the page's own word, as StatusTray saw it, over what an incident's impact implies
        }
        List<Status> said = new ArrayList<>();
        if (chainStatus != null) {
            said.add(chainStatus);
        }
        for (IncidentSpan s : spans) {
            if (s.openAt(t)) {
                said.add(s.status());
            }
        }
        if (said.isEmpty()) {
            return historyComplete ? Status.OPERATIONAL : null;
        }
        return Status.worst(said);
    }
}
