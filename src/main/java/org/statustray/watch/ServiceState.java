package org.statustray.watch;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.statustray.fetch.FailureKind;
import org.statustray.model.PageTrouble;
import org.statustray.model.ServiceConfig;
import org.statustray.model.Snapshot;
import org.statustray.model.Status;

/**
 * Everything the watching knows of one watched service, in one object (kept by {@link ServiceStates}): the
 * page as last read and as last confirmed, the change awaiting confirmation, failures in a row and whether
 * the host could be reached, when it was last checked, when it is polled next, and how steady it has been.
 * Nothing else keeps a copy. Each part is guarded by the one that changes it: the page part by this object
 * (the {@link ChangeDetector}), {@link #times} by the {@link Poller}'s lock (the {@link Schedule}),
 * {@link #steadiness} by the {@link NotificationPolicy}, and {@link #probes} (what probing its own address
 * found, written by the {@link WatchPipeline}) by itself.
 */
public final class ServiceState {
    static final int FAILURES_BEFORE_UNKNOWN = 3;

    final String id;
    private volatile @Nullable ServiceConfig config;

    @Nullable Snapshot lastGood;
    /** The last page as read, before watching; a "not modified" answer means this again. */
    @Nullable Snapshot lastRead;
    @Nullable Set<String> watchedIds;
    /** What each watched component was last listed with; forgets what {@link #watchedIds} no longer holds. */
    final WatchedComponents watchedComponents = new WatchedComponents();
    int failures;
    /** Why the last poll failed, while it fails (null once one answers): UNREACHABLE is "no answer at all". */
    @Nullable FailureKind lastFailure;
    /** What the last failure means to the person, while it fails (null: a failure told without its kind). */
    @Nullable PageTrouble lastTrouble;
    boolean unknown;
    @Nullable String lastReason;
    /** A read whose status differs from {@link #lastGood}'s, waiting for the next read to confirm it. */
    @Nullable Snapshot pending;
    @Nullable Instant pendingSince;
    @Nullable Instant lastChecked;
    /** The status of the last page read, as watched (null before the first), and whether it moved from the read before. */
    @Nullable Status readStatus;
    boolean readMoved;

    final PollTimes times = new PollTimes();
    final Steadiness steadiness = new Steadiness();
    final ProbeRecord probes = new ProbeRecord();

    ServiceState(String id) {
        this.id = id;
    }

    /** The service's settings in force (null for a state a test made without them). */
    public @Nullable ServiceConfig config() {
        return config;
    }

    void config(ServiceConfig config) {
        this.config = config;
    }

    /** The settings of a watched service (every state {@link ServiceStates#watched} has them). */
    ServiceConfig settings() {
        return Objects.requireNonNull(config, "a watched service has its settings");
    }

    /** The status as the person should see it: unknown after repeated failures, else the last good one. */
    synchronized Status shown() {
        return unknown || lastGood == null ? Status.UNKNOWN : lastGood.status();
    }

    /** The name the page gives itself, when it was read. */
    synchronized @Nullable String lastGoodName() {
        return lastGood == null ? null : lastGood.service();
    }

    /** Whether it was polled at all yet. */
    synchronized boolean polled() {
        return lastChecked != null;
    }

    /** Whether its last poll got no answer at all (the machine or the host is off the network). */
    synchronized boolean unreachable() {
        return failures > 0 && lastFailure == FailureKind.UNREACHABLE;
    }

    /** Unreachable or unreadable, while its polls fail; null once one answers (or when not told). */
    synchronized @Nullable PageTrouble trouble() {
        return failures == 0 ? null : lastTrouble;
    }

    /** What was known of the page goes: its address or format changed. */
    synchronized void resetPage() {
        lastGood = null;
        lastRead = null;
        watchedIds = null;
        failures = 0;
        lastFailure = null;
        lastTrouble = null;
        unknown = false;
        lastReason = null;
        pending = null;
        pendingSince = null;
        readStatus = null;
        readMoved = false;
    }
}
