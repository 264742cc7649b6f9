package org.statustray.watch;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.statustray.fetch.FailureKind;
import org.statustray.fetch.PageResult;
import org.statustray.model.Change;
import org.statustray.model.ChangeKind;
import org.statustray.model.PageTrouble;
import org.statustray.model.ServiceConfig;
import org.statustray.model.Snapshot;
import org.statustray.model.Status;

/**
 * Compares each read of a service with what was known before and says what changed, in the service's
 * {@link ServiceState}. A status change is only reported once the next read confirms it, so a change that
 * reverts within one poll is never reported (flap damping). A page that cannot be read keeps its last good
 * data and turns {@code unknown} only after {@value ServiceState#FAILURES_BEFORE_UNKNOWN} failures in a
 * row; it never reads as an outage. Any thread: each service's state is its own lock.
 */
public final class ChangeDetector {
    private final ServiceStates states;

    public ChangeDetector() {
        this(new ServiceStates());
    }

    public ChangeDetector(ServiceStates states) {
        this.states = states;
    }

    public ServiceStates states() {
        return states;
    }

    /** The last snapshot stored before a restart: what was already seen is not reported again. */
    public void restore(String serviceId, Snapshot last) {
        ServiceState st = states.of(serviceId);
        synchronized (st) {
            st.lastGood = last;
        }
    }

    /** One poll's result, taken in once: what it changed, and the service as it stood around it. */
    public Observation observe(ServiceConfig service, PageResult result, Instant at) {
        ServiceState st = states.of(service.id());
        synchronized (st) {
            Snapshot before = st.lastGood;
            Snapshot previousRead = st.lastRead;
            List<Change> changes;
            if (result instanceof PageResult.Read read) {
                changes = read(st, service, read.snapshot(), at);
            } else if (result instanceof PageResult.Unchanged) {
                changes = unchanged(st, service, at);
            } else {
                PageResult.Failed failed = (PageResult.Failed) result;
                changes = failure(st, service, failed.kind(), failed.trouble(), failed.reason(), at);
            }
            st.lastChecked = at;
            return new Observation(before, previousRead, st.lastGood, changes);
        }
    }

    public List<Change> onRead(ServiceConfig service, Snapshot read, Instant at) {
        ServiceState st = states.of(service.id());
        synchronized (st) {
            return read(st, service, read, at);
        }
    }

    /**
     * The page answered "not modified": the same page again, which also confirms a change seen on the
     * read before.
     */
    public List<Change> onUnchanged(ServiceConfig service, Instant at) {
        ServiceState st = states.of(service.id());
        synchronized (st) {
            return unchanged(st, service, at);
        }
    }

    public List<Change> onFailure(ServiceConfig service, String reason, Instant at) {
        ServiceState st = states.of(service.id());
        synchronized (st) {
            return failure(st, service, null, null, reason, at);
        }
    }

    /** The status to show: the last good one, or unknown after repeated failures. */
    public Status shown(String serviceId) {
        return states.of(serviceId).shown();
    }

    public Optional<Snapshot> lastGood(String serviceId) {
        ServiceState st = states.of(serviceId);
        synchronized (st) {
            return Optional.ofNullable(st.lastGood);
        }
    }

    /** The last page as read (before watching components), which a "not modified" answer repeats. */
    public Optional<Snapshot> lastRead(String serviceId) {
        ServiceState st = states.of(serviceId);
        synchronized (st) {
            return Optional.ofNullable(st.lastRead);
        }
    }

    /** Unreachable or unreadable, while the service is failing (empty also for a failure told without its kind). */
    public Optional<PageTrouble> trouble(String serviceId) {
        return Optional.ofNullable(states.of(serviceId).trouble());
    }

    /** Why the last read failed, while the service is failing. */
    public Optional<String> failure(String serviceId) {
        ServiceState st = states.of(serviceId);
        synchronized (st) {
            return st.failures == 0 ? Optional.empty() : Optional.ofNullable(st.lastReason);
        }
    }

    /** When the service was last polled, whatever it gave; empty before its first poll. */
    public Optional<Instant> lastChecked(String serviceId) {
        ServiceState st = states.of(serviceId);
        synchronized (st) {
            return Optional.ofNullable(st.lastChecked);
        }
    }

    /**
     * The service's watched components changed: what it shows is derived again from the page last read,
     * at once and without a notification (the person chose it); with no page read yet, it is forgotten.
     */
    public void rewatch(ServiceConfig service) {
        ServiceState st = states.of(service.id());
        synchronized (st) {
            if (st.lastRead == null) {
                st.resetPage();
                return;
            }
            st.watchedIds = null;
            st.pending = null;
            Instant at = st.lastChecked;
            st.lastGood = watched(service, st, st.lastRead, at == null ? st.lastRead.fetchedAt() : at);
            st.readStatus = st.lastGood.status();
        }
    }

    /**
     * Whether two snapshots say the same, whenever they were read: every field but {@code fetchedAt}. Null
     * is the same only as null.
     */
    public static boolean sameContent(@Nullable Snapshot a, @Nullable Snapshot b) {
        if (a == b) {
            return true;
        }
        return a != null && b != null && a.status() == b.status() && a.componentsComplete() == b.componentsComplete()
                && Objects.equals(a.service(), b.service()) && Objects.equals(a.url(), b.url())
                && Objects.equals(a.format(), b.format()) && Objects.equals(a.description(), b.description())
                && a.components().equals(b.components()) && a.incidents().equals(b.incidents())
                && a.maintenances().equals(b.maintenances());
    }

    private static List<Change> read(ServiceState st, ServiceConfig service, Snapshot read, Instant at) {
        // A page that moved platform keeps its watched ids: WatchedComponents follows each to the new page's
        // component of the same name, and keeps the last status of one the new page does not list.
        st.lastRead = read;
        Snapshot before = st.lastGood;
        Set<String> idsBefore = st.watchedIds;
        Snapshot view = watched(service, st, read, at);
        if (before != null && view != before && view.equals(before)) {
            view = before; // the same page seen the same way ("not modified" while watching components): kept as is
        }
        Status readBefore = st.readStatus;
        st.readStatus = view.status();
        st.readMoved = readBefore != null && readBefore != st.readStatus;
        List<Change> changes = new ArrayList<>();
        if (st.unknown) {
            changes.add(Changes.simple(ChangeKind.READABLE_AGAIN, service, view, at, Status.UNKNOWN, view.status(), null));
        }
        st.unknown = false;
        st.failures = 0;
        st.lastFailure = null;
        st.lastTrouble = null;
        if (before == null) {
            st.lastGood = view;
            if (view.status().isProblem()) {
                changes.addAll(Changes.statusChange(service, st.watchedIds, null, view, at));
            }
            return changes;
        }
        boolean statusMoved = view.status().isKnown() && before.status().isKnown() && view.status() != before.status();
        if (statusMoved && (st.pending == null || st.pending.status() != view.status())) {
            st.pending = view;
            st.pendingSince = at;
            return changes; // wait for the next read to confirm it
        }
        st.pending = null;
        if (sameContent(before, view)) {
            st.lastGood = view;
            return changes; // nothing can have changed: the common poll, answered quickly
        }
        if (statusMoved) {
            Instant since = st.pendingSince;
            changes.addAll(Changes.statusChange(service, st.watchedIds, before, view, since == null ? at : since));
        } else {
            changes.addAll(Changes.componentRecovery(service, st.watchedIds, before, view, at));
        }
        changes.addAll(Changes.events(service, followedAcross(idsBefore, st.watchedIds), before, view, at));
        st.lastGood = view;
        return changes;
    }

    private static List<Change> unchanged(ServiceState st, ServiceConfig service, Instant at) {
        if (st.lastRead != null) {
            return read(st, service, st.lastRead, at);
        }
        st.failures = 0;
        st.lastFailure = null;
        st.lastTrouble = null;
        st.readMoved = false;
        if (!st.unknown || st.lastGood == null) {
            return List.of();
        }
        st.unknown = false;
        return List.of(Changes.simple(ChangeKind.READABLE_AGAIN, service, st.lastGood, at, Status.UNKNOWN,
                st.lastGood.status(), null));
    }

    private static List<Change> failure(ServiceState st, ServiceConfig service, @Nullable FailureKind kind,
            @Nullable PageTrouble trouble, String reason, Instant at) {
        st.failures++;
        st.lastFailure = kind;
        st.lastTrouble = trouble;
        st.lastReason = reason;
        if (st.failures >= ServiceState.FAILURES_BEFORE_UNKNOWN && !st.unknown) {
            st.unknown = true;
            Status before = st.lastGood == null ? null : st.lastGood.status(); // never read: first seen as unknown
            return List.of(Changes.unreadable(service, st.lastGood, at, before, trouble, reason));
        }
        return List.of();
    }

    /** The ids watched before and after a read: an incident of a regrouped component is the same incident. */
    private static @Nullable Set<String> followedAcross(@Nullable Set<String> before, @Nullable Set<String> after) {
        if (before == null || after == null || before.equals(after)) {
            return after;
        }
        Set<String> both = new LinkedHashSet<>(before);
        both.addAll(after);
        return both;
    }

    /** Watched components are followed by {@link WatchedComponents}, which keeps the ids in the state. */
    private static Snapshot watched(ServiceConfig service, ServiceState st, Snapshot read, Instant at) {
        if (service.components().isEmpty()) {
            return read;
        }
        WatchedComponents.View view = st.watchedComponents.view(service.components(), st.watchedIds, read, st.lastGood, at);
        st.watchedIds = view.ids();
        return view.snapshot();
    }
}
