package org.statustray.watch;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.jspecify.annotations.Nullable;
import org.statustray.model.Incident;
import org.statustray.model.ServiceConfig;
import org.statustray.model.Snapshot;

/**
 * Ends, in the history, the incidents a page stops listing. Most pages list only unresolved incidents, so a
 * resolved one just disappears: when an incident the history holds open is no longer listed, its final state
 * and updates are read from the page's own history endpoint where the format has one; if it is not there (or
 * the format has none, or that read fails) it is closed as "no longer listed" at the first poll that did not
 * list it. On a service's first read of a run the history's open incidents are checked the same way, so
 * incidents left open by an earlier version are repaired. The network and the writes run on {@code worker}.
 */
public final class IncidentEnds {
    private static final System.Logger LOG = System.getLogger(IncidentEnds.class.getName());

    /** Where incidents are kept: the history store, in practice. */
    public interface Book {
        /** The ids of the service's stored incidents that are not resolved. */
        Set<String> openIncidents(String serviceId);

        /**
         * Stores the final states read from the page's history, and ends {@code unlisted} at {@code at}
         * ({@code seen}: those of them a read of this run listed open).
         */
        void ended(String serviceId, List<Incident> finals, Set<String> unlisted, Set<String> seen, Instant at);
    }

    /** A page's history endpoint: every incident it lists, resolved ones included; empty when it cannot say. */
    public interface Histories {
        Optional<List<Incident>> read(String format, String url);
    }

    private final Book book;
    private final Histories histories;
    private final Executor worker;
    /** Services whose stored open incidents were checked this run. */
    private final Set<String> checked = ConcurrentHashMap.newKeySet();
    /** The last history read per service and when, so that a page churning incidents costs one read a while. */
    private final Map<String, Read> lastRead = new HashMap<>();

    private record Read(Instant at, List<Incident> incidents) {
    }

    public IncidentEnds(Book book, Histories histories, Executor worker) {
        this.book = book;
        this.histories = histories;
        this.worker = worker;
    }

    /**
     * A read of {@code service}: {@code previous} is the page as last read this run (null on the first), and
     * {@code read} the page now; incidents listed before (or, on the first read, held open in the history)
     * and not listed now are ended. Cheap when nothing left; any thread.
     */
    public void afterRead(ServiceConfig service, @Nullable Snapshot previous, Snapshot read, Instant at) {
        Set<String> candidates = new LinkedHashSet<>();
        Set<String> listedBefore = new LinkedHashSet<>();
        if (previous != null) {
            previous.incidents().stream().filter(Incident::isActive).forEach(i -> listedBefore.add(i.id()));
            candidates.addAll(listedBefore);
        }
        if (checked.add(service.id())) {
            candidates.addAll(book.openIncidents(service.id()));
        }
        read.incidents().stream().filter(Incident::isActive).forEach(i -> candidates.remove(i.id()));
        if (candidates.isEmpty()) {
            return;
        }
        String format = read.format();
        try {
            worker.execute(() -> end(service, format, candidates, listedBefore, at));
        } catch (RejectedExecutionException e) {
            LOG.log(Level.DEBUG, "closing: the end of {0} incidents of {1} waits for the next start",
                    candidates.size(), service.id());
        }
    }

    /** Forgets what was checked of a service (removed from the watch list). */
    public void forget(String serviceId) {
        checked.remove(serviceId);
        synchronized (lastRead) {
            lastRead.remove(serviceId);
        }
    }

    private void end(ServiceConfig service, String format, Set<String> gone, Set<String> listedBefore, Instant at) {
        List<Incident> history = history(service, format, at);
        List<Incident> finals = new ArrayList<>();
        Set<String> unlisted = new LinkedHashSet<>(gone);
        for (Incident i : history) {
            if (unlisted.contains(i.id()) && !i.isActive()) {
                finals.add(i);
                unlisted.remove(i.id());
            }
        }
        Set<String> seen = new LinkedHashSet<>(unlisted);
        seen.retainAll(listedBefore);
        book.ended(service.id(), finals, unlisted, seen, at);
    }

    /** The page's history, read again only after the host's shortest poll interval. */
    private List<Incident> history(ServiceConfig service, String format, Instant at) {
        Duration spacing = PollIntervals.minimumFor(PollIntervals.host(service.url()));
        synchronized (lastRead) {
            Read last = lastRead.get(service.id());
            if (last != null && !at.isBefore(last.at()) && Duration.between(last.at(), at).compareTo(spacing) < 0) {
                return last.incidents();
            }
        }
        List<Incident> incidents = histories.read(format, service.url()).orElse(List.of());
        synchronized (lastRead) {
            lastRead.put(service.id(), new Read(at, incidents));
        }
        return incidents;
    }
}
