package org.statustray.watch;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.statustray.model.Change;
import org.statustray.model.ChangeKind;
import org.statustray.model.ServiceConfig;
import org.statustray.model.Snapshot;
import org.statustray.model.Status;

/**
 * Compares each read of a service with what was known before and says what changed. A status change is
 * only reported once the next read confirms it, so a change that reverts within one poll is never reported
 * (flap damping). A page that cannot be read keeps its last good data and turns {@code unknown} only after
 * {@value ServiceState#FAILURES_BEFORE_UNKNOWN} failures in a row; it never reads as an outage.
 */
public final class ChangeDetector {
    private final Map<String, ServiceState> states = new HashMap<>();

    /** The last snapshot stored before a restart: what was already seen is not reported again. */
    public synchronized void restore(String serviceId, Snapshot last) {
        state(serviceId).lastGood = last;
    }

    public synchronized List<Change> onRead(ServiceConfig service, Snapshot read, Instant at) {
        ServiceState st = state(service.id());
        st.lastRead = read;
        Snapshot before = st.lastGood;
        Snapshot view = watched(service, st, read);
        if (view != before && view.equals(before)) {
            view = before; // the same page seen the same way ("not modified" while watching components): kept as is
        }
        List<Change> changes = new ArrayList<>();
        if (st.unknown) {
            changes.add(Changes.simple(ChangeKind.READABLE_AGAIN, service, view, at, Status.UNKNOWN, view.status(), null));
        }
        st.unknown = false;
        st.failures = 0;
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
            changes.addAll(Changes.statusChange(service, st.watchedIds, before, view, st.pendingSince));
        } else {
            changes.addAll(Changes.componentRecovery(service, st.watchedIds, before, view, at));
        }
        changes.addAll(Changes.events(service, st.watchedIds, before, view, at));
        st.lastGood = view;
        return changes;
    }

    /**
     * The page answered "not modified": the same page again, which also confirms a change seen on the
     * read before.
     */
    public synchronized List<Change> onUnchanged(ServiceConfig service, Instant at) {
        ServiceState st = state(service.id());
        if (st.lastRead != null) {
            return onRead(service, st.lastRead, at);
        }
        st.failures = 0;
        if (!st.unknown || st.lastGood == null) {
            return List.of();
        }
        st.unknown = false;
        return List.of(Changes.simple(ChangeKind.READABLE_AGAIN, service, st.lastGood, at, Status.UNKNOWN,
                st.lastGood.status(), null));
    }

    public synchronized List<Change> onFailure(ServiceConfig service, String reason, Instant at) {
        ServiceState st = state(service.id());
        st.failures++;
        st.lastReason = reason;
        if (st.failures >= ServiceState.FAILURES_BEFORE_UNKNOWN && !st.unknown) {
            st.unknown = true;
            Status before = st.lastGood == null ? null : st.lastGood.status(); // never read: first seen as unknown
            return List.of(Changes.simple(ChangeKind.UNREADABLE, service, st.lastGood, at, before, Status.UNKNOWN, reason));
        }
        return List.of();
    }

    /** The status to show: the last good one, or unknown after repeated failures. */
    public synchronized Status shown(String serviceId) {
        return state(serviceId).shown();
    }

    public synchronized Optional<Snapshot> lastGood(String serviceId) {
        return Optional.ofNullable(state(serviceId).lastGood);
    }

    /** The last page as read (before watching components), which a "not modified" answer repeats. */
    public synchronized Optional<Snapshot> lastRead(String serviceId) {
        return Optional.ofNullable(state(serviceId).lastRead);
    }

    /**
     * Whether two snapshots say the same, whenever they were read: every field but {@code fetchedAt}. Null
     * is the same only as null.
     */
    public static boolean sameContent(Snapshot a, Snapshot b) {
        if (a == b) {
            return true;
        }
        return a != null && b != null && a.status() == b.status() && a.componentsComplete() == b.componentsComplete()
                && Objects.equals(a.service(), b.service()) && Objects.equals(a.url(), b.url())
                && Objects.equals(a.format(), b.format()) && Objects.equals(a.description(), b.description())
                && a.components().equals(b.components()) && a.incidents().equals(b.incidents())
                && a.maintenances().equals(b.maintenances());
    }

    /** Why the last read failed, while the service is failing. */
    public synchronized Optional<String> failure(String serviceId) {
        ServiceState st = state(serviceId);
        return st.failures == 0 ? Optional.empty() : Optional.ofNullable(st.lastReason);
    }

    /**
     * The service's watched components changed: what it shows is derived again from the page last read,
     * at once and without a notification (the person chose it); with no page read yet, it is forgotten.
     */
    public synchronized void rewatch(ServiceConfig service) {
        ServiceState st = state(service.id());
        if (st.lastRead == null) {
            states.remove(service.id());
            return;
        }
        st.watchedIds = null;
        st.pending = null;
        st.lastGood = watched(service, st, st.lastRead);
    }

    /** Drops what is known of a service (removed). */
    public synchronized void forget(String serviceId) {
        states.remove(serviceId);
    }

    private ServiceState state(String serviceId) {
        return states.computeIfAbsent(serviceId, id -> new ServiceState());
    }

    /** Watched components are resolved to ids on the first read that has them, then followed by id. */
    private static Snapshot watched(ServiceConfig service, ServiceState st, Snapshot read) {
        if (service.components().isEmpty()) {
            return read;
        }
        if (st.watchedIds == null || st.watchedIds.isEmpty()) {
            Set<String> ids = read.resolve(service.components());
            st.watchedIds = ids.isEmpty() ? null : ids;
        }
        return st.watchedIds == null ? read.watching(service.components()) : read.watchingIds(st.watchedIds);
    }
}
