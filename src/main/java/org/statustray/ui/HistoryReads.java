package org.statustray.ui;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.statustray.model.Snapshot;
import org.statustray.store.HistoryStore;
import org.statustray.store.ProbeBucket;
import org.statustray.store.StoredIncident;
import org.statustray.store.StoredMaintenance;
import org.statustray.store.Transition;

/**
 * What the history and timeline windows read of the history store. Where {@code history.db} could not be
 * opened it is {@link #UNAVAILABLE}: it holds nothing, and the windows say why instead of reading it.
 */
public interface HistoryReads {
    /** No store: every read is empty. */
    HistoryReads UNAVAILABLE = new HistoryReads() {
        @Override
        public boolean available() {
            return false;
        }

        @Override
        public long incidentsVersion() {
            return 0;
        }

        @Override
        public List<StoredIncident> incidents(@Nullable String serviceId, @Nullable Instant since) {
            return List.of();
        }

        @Override
        public List<StoredMaintenance> maintenances(String serviceId, Instant since) {
            return List.of();
        }

        @Override
        public List<Transition> transitions(String serviceId, Instant since) {
            return List.of();
        }

        @Override
        public List<Transition> transitionsBefore(String serviceId, Instant at) {
            return List.of();
        }

        @Override
        public Optional<Snapshot> lastSnapshot(String serviceId) {
            return Optional.empty();
        }

        @Override
        public Optional<Instant> backfilledAt(String serviceId) {
            return Optional.empty();
        }

        @Override
        public List<ProbeBucket> probeSeries(String serviceId, Instant from, Instant to) {
            return List.of();
        }
    };

    /** {@code store}'s reads, or {@link #UNAVAILABLE} for none. */
    static HistoryReads of(@Nullable HistoryStore store) {
        return store == null ? UNAVAILABLE : new Open(store);
    }

    /** False for {@link #UNAVAILABLE}. */
    boolean available();

    /** @see HistoryStore#incidentsVersion */
    long incidentsVersion();

    /** @see HistoryStore#incidents */
    List<StoredIncident> incidents(@Nullable String serviceId, @Nullable Instant since);

    /** @see HistoryStore#maintenances */
    List<StoredMaintenance> maintenances(String serviceId, Instant since);

    /** @see HistoryStore#transitions */
    List<Transition> transitions(String serviceId, Instant since);

    /** @see HistoryStore#transitionsBefore */
    List<Transition> transitionsBefore(String serviceId, Instant at);

    /** @see HistoryStore#lastSnapshot */
    Optional<Snapshot> lastSnapshot(String serviceId);

    /** @see HistoryStore#backfilledAt */
    Optional<Instant> backfilledAt(String serviceId);

    /** @see HistoryStore#probeSeries */
    List<ProbeBucket> probeSeries(String serviceId, Instant from, Instant to);

    /** An open store's reads, as they are. */
    record Open(HistoryStore store) implements HistoryReads {
        @Override
        public boolean available() {
            return true;
        }

        @Override
        public long incidentsVersion() {
            return store.incidentsVersion();
        }

        @Override
        public List<StoredIncident> incidents(@Nullable String serviceId, @Nullable Instant since) {
            return store.incidents(serviceId, since);
        }

        @Override
        public List<StoredMaintenance> maintenances(String serviceId, Instant since) {
            return store.maintenances(serviceId, since);
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
        public Optional<Instant> backfilledAt(String serviceId) {
            return store.backfilledAt(serviceId);
        }

        @Override
        public List<ProbeBucket> probeSeries(String serviceId, Instant from, Instant to) {
            return store.probeSeries(serviceId, from, to);
        }
    }
}
