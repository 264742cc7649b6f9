package org.statustray.watch;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.statustray.model.Incident;
import org.statustray.model.ProbeResult;
import org.statustray.model.Snapshot;
import org.statustray.model.Status;

/**
 * Where the watching writes its history (the store, in the app): each poll's snapshot, incidents and status
 * changes, ended at {@link #commit}; a port, as {@link SentLog} and {@link HeldLog} are.
 */
public interface HistoryLog {
    /** Keeps nothing: the history when none can be kept. */
    HistoryLog NONE = (serviceId, componentId, from, to, at) -> { };

    default void snapshot(String serviceId, Snapshot s) {
    }

    default void incidents(String serviceId, Snapshot s) {
    }

    /**
     * Incidents that left the page: final states read from its history, and those ended as no longer listed
     * ({@code seen}: those of them a read of this run listed open, so open up to {@code at}).
     */
    default void incidentsEnded(String serviceId, List<Incident> finals, Set<String> unlisted, Set<String> seen,
            Instant at) {
    }

    void transition(String serviceId, @Nullable String componentId, @Nullable Status from, Status to, Instant at);

    /**
     * How long before its status page this machine saw a service stop answering: the page reported the
     * problem at {@code pageAt}, {@code lead} after the first of the failed probes that were told;
     * {@code incidentId} is the page's newest active incident then (null: it named none).
     */
    default void pageLag(String serviceId, @Nullable String incidentId, Duration lead, Instant pageAt) {
    }

    /** One probe of the service's own address, as it ended (its own write, not part of a poll's). */
    default void probed(String serviceId, ProbeResult result) {
    }

    /**
     * When the run of failed probes that the history holds for this service just before {@code at} began
     * (null: its last kept probe answered, or none is recent): a restart while a service does not answer
     * carries on the same run instead of starting, and telling, a new one.
     */
    default @Nullable Instant probesFailingSince(String serviceId, Instant at) {
        return null;
    }

    /**
     * Since when the history holds this service as not operational, without a return to operational since,
     * just before {@code at} (null: operational then, or nothing kept): a restart keeps "degraded since 15:04".
     */
    default @Nullable Instant notOperationalSince(String serviceId, Instant at) {
        return null;
    }

    /** The writes of one poll result end here; a store may keep them as one. */
    default void commit() {
    }

    /** Writes here and then to {@code other} as well (none when null). */
    default HistoryLog and(@Nullable HistoryLog other) {
        if (other == null) {
            return this;
        }
        HistoryLog first = this;
        return new HistoryLog() {
            @Override
            public void snapshot(String serviceId, Snapshot s) {
                first.snapshot(serviceId, s);
                other.snapshot(serviceId, s);
            }

            @Override
            public void incidents(String serviceId, Snapshot s) {
                first.incidents(serviceId, s);
                other.incidents(serviceId, s);
            }

            @Override
            public void incidentsEnded(String serviceId, List<Incident> finals, Set<String> unlisted, Set<String> seen,
                    Instant at) {
                first.incidentsEnded(serviceId, finals, unlisted, seen, at);
                other.incidentsEnded(serviceId, finals, unlisted, seen, at);
            }

            @Override
            public void transition(String serviceId, @Nullable String componentId, @Nullable Status from, Status to,
                    Instant at) {
                first.transition(serviceId, componentId, from, to, at);
                other.transition(serviceId, componentId, from, to, at);
            }

            @Override
            public void probed(String serviceId, ProbeResult result) {
                first.probed(serviceId, result);
                other.probed(serviceId, result);
            }

            @Override
            public void pageLag(String serviceId, @Nullable String incidentId, Duration lead, Instant pageAt) {
                first.pageLag(serviceId, incidentId, lead, pageAt);
                other.pageLag(serviceId, incidentId, lead, pageAt);
            }

            @Override
            public @Nullable Instant probesFailingSince(String serviceId, Instant at) {
                Instant mine = first.probesFailingSince(serviceId, at);
                return mine != null ? mine : other.probesFailingSince(serviceId, at);
            }

            @Override
            public @Nullable Instant notOperationalSince(String serviceId, Instant at) {
                Instant mine = first.notOperationalSince(serviceId, at);
                return mine != null ? mine : other.notOperationalSince(serviceId, at);
            }

            @Override
            public void commit() {
                first.commit();
                other.commit();
            }
        };
    }
}
