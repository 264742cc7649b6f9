package org.statustray.store;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.statustray.model.Overlap;
import org.statustray.model.Snapshot;
import org.statustray.model.Status;

/**
 * The spans when two or more of some services were not operational at once. A service is not operational
 * while its whole-service status ({@link ServiceDown}: the timeline's rule, from the transitions StatusTray saw
 * and the incidents the page published) is degraded, a partial or a major outage; maintenance is planned, and
 * unknown ("could not tell") or no data is not down.
 * <p>
 * A span is given whole: one that began before {@code from} keeps its real start (the history before is read
 * as far back as it goes on), and one still going on at {@code now} has no end. Within a span the set of
 * services may change (A and B, then B and C); it is one span while at least two are down without a break.
 * Its services are listed in the order they went down; its incidents by their start.
 */
public final class OverlapSpans {
    /** How many times the look back before {@code from} is doubled to find where a span began. */
    private static final int LOOK_BACKS = 8;

    /** The reads an overlap needs, from a writable store or a read-only one. */
    interface Reads {
        List<StoredIncident> incidents(String serviceId, Instant since);

        List<Transition> transitions(String serviceId, Instant since);

        List<Transition> transitionsBefore(String serviceId, Instant at);

        Optional<Snapshot> lastSnapshot(String serviceId);

        boolean backfilled(String serviceId);
    }

    private OverlapSpans() {
    }

    /**
     * The overlap spans among {@code serviceIds} that were on at some time in [{@code from}, {@code to}],
     * newest first.
     */
    public static List<Overlap> read(HistoryStore store, Collection<String> serviceIds, Instant from, Instant to,
            Instant now) {
        return read(reads(store), serviceIds, from, to, now);
    }

    /** Like {@link #read(HistoryStore, Collection, Instant, Instant, Instant)}, from a read-only store. */
    public static List<Overlap> read(ReadOnlyHistory history, Collection<String> serviceIds, Instant from, Instant to,
            Instant now) {
        return read(history.overlapReads(), serviceIds, from, to, now);
    }

    static List<Overlap> read(Reads reads, Collection<String> serviceIds, Instant from, Instant to, Instant now) {
        Instant end = now.isAfter(from) ? now : from.plusSeconds(1);
        Set<String> ids = new LinkedHashSet<>(serviceIds);
        Instant lookFrom = from;
        List<Overlap> spans = List.of();
        for (int k = 0; k <= LOOK_BACKS; k++) {
            List<ServiceDown> downs = new ArrayList<>();
            for (String id : ids) {
                downs.add(ServiceDown.read(reads, id, lookFrom, end));
            }
            spans = spans(downs, lookFrom, end);
            Instant looked = lookFrom;
            if (spans.stream().noneMatch(s -> s.start().equals(looked))) {
                break;
            }
            Duration back = Duration.between(lookFrom, end);
            lookFrom = lookFrom.minus(back.compareTo(Duration.ofDays(1)) < 0 ? Duration.ofDays(1) : back);
        }
        return spans.stream()
                .filter(s -> s.start().isBefore(to) && (s.end() == null || s.end().isAfter(from)))
                .sorted(Comparator.comparing(Overlap::start).reversed())
                .toList();
    }

    /** The spans over [from, end] with two or more down; one that reaches {@code end} has no end. */
    static List<Overlap> spans(List<ServiceDown> downs, Instant from, Instant end) {
        TreeSet<Instant> edges = new TreeSet<>(List.of(from, end));
        downs.forEach(d -> d.down().forEach(p -> {
            edges.add(p.from());
            edges.add(p.to());
        }));
        List<Overlap> out = new ArrayList<>();
        Instant start = null;
        Set<String> in = new LinkedHashSet<>();
        Instant previous = null;
        for (Instant e : edges) {
            if (previous != null) {
                Instant a = previous;
                List<String> downNow = downs.stream().filter(d -> d.downAt(a)).map(ServiceDown::serviceId).toList();
                if (downNow.size() >= 2) {
                    if (start == null) {
                        start = a;
                    }
                    in.addAll(downNow);
                } else if (start != null) {
                    out.add(overlap(downs, start, a, in));
                    start = null;
                    in = new LinkedHashSet<>();
                }
            }
            previous = e;
        }
        if (start != null) {
            out.add(overlap(downs, start, null, in));
        }
        return out;
    }

    private static Overlap overlap(List<ServiceDown> downs, Instant start, @Nullable Instant end, Set<String> in) {
        TreeMap<Instant, List<Overlap.OverlapIncident>> byStart = new TreeMap<>();
        for (ServiceDown d : downs) {
            if (in.contains(d.serviceId())) {
                for (ServiceDown.Known k : d.incidents()) {
                    if (k.span().openDuring(start, end)) {
                        byStart.computeIfAbsent(k.span().from(), t -> new ArrayList<>()).add(k.incident());
                    }
                }
            }
        }
        List<Overlap.OverlapIncident> incidents = new ArrayList<>();
        byStart.values().forEach(incidents::addAll);
        // The first to go down first: the order in which the trouble spread.
        List<ServiceDown> members = new ArrayList<>(downs.stream().filter(d -> in.contains(d.serviceId())).toList());
        members.sort(Comparator.comparing(d -> d.wentDown(start, end)));
        return new Overlap(start, end, members.stream().map(ServiceDown::serviceId).toList(), incidents);
    }

    private static Reads reads(HistoryStore store) {
        return new Reads() {
            @Override
            public List<StoredIncident> incidents(String serviceId, Instant since) {
                return store.incidents(serviceId, since);
            }

            @Override
            public List<Transition> transitions(String serviceId, Instant since) {
                return store.transitions(serviceId, since);
            }

            @Override
            public List<Transition> transitionsBefore(String serviceId, Instant at) {
                return store.transitionsBefore(serviceId, at);
            }

            @Override
            public Optional<Snapshot> lastSnapshot(String serviceId) {
                return store.lastSnapshot(serviceId);
            }

            @Override
            public boolean backfilled(String serviceId) {
                return store.backfilledAt(serviceId).isPresent();
            }
        };
    }

    /** Whether a status counts as down here: degraded, a partial or a major outage. */
    public static boolean isDown(@Nullable Status s) {
        return s != null && s.isProblem();
    }
}
