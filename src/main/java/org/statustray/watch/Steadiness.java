package org.statustray.watch;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import org.jspecify.annotations.Nullable;
import org.statustray.model.Status;

/**
 * How steady one service has been lately, so that a page that will not keep still is told once as
 * unstable and then only when it settles. It becomes unstable when, within {@link #WINDOW}, its status
 * went back to where it was two changes before (A → B → A → B: a flap) {@link #FLAPS} times, or it would
 * have been given more than {@link #BUDGET} notifications; it settles after {@link #SETTLE} with no change
 * of status. Escalation and recovery (operational → degraded → major outage → degraded → operational) are
 * no flap. Not thread-safe: the policy guards it.
 */
final class Steadiness {
    static final Duration WINDOW = Duration.ofMinutes(30);
    static final Duration SETTLE = Duration.ofMinutes(15);
    static final int FLAPS = 2;
    static final int BUDGET = 8;

    /** Why a service was found unstable: it flapped, or it had too much to say. */
    enum Cause { FLAPPING, TOO_MANY }

    private final Deque<Instant> flaps = new ArrayDeque<>();
    private final Deque<Instant> told = new ArrayDeque<>();
    private @Nullable Status twoAgo;
    private @Nullable Status last;
    /** The last change of status, or the last notification held back while unstable. */
    private @Nullable Instant lastActivity;
    private @Nullable Cause unstable;
    private @Nullable Instant unstableSince;
    private int changesWhileUnstable;
    private int heldBack;

    /** A change of the service's status from {@code from} (null: first seen) to {@code to}; true when it just became unstable. */
    boolean changed(@Nullable Status from, @Nullable Status to, Instant at) {
        if (last == null) {
            last = from;
        }
        if (to == last) {
            return false; // no move after all (a change while offline was not counted)
        }
        if (last != null && to == twoAgo) {
            flaps.addLast(at);
        }
        twoAgo = last;
        last = to;
        lastActivity = at;
        prune(flaps, at);
        if (unstable != null) {
            changesWhileUnstable++;
            return false;
        }
        return flaps.size() >= FLAPS && becomeUnstable(Cause.FLAPPING, at);
    }

    /** The status last seen, or null. */
    @Nullable Status status() {
        return last;
    }

    boolean unstable() {
        return unstable != null;
    }

    @Nullable Cause cause() {
        return unstable;
    }

    /**
     * A notification is about to be given; false when the service is unstable (it is counted as held back)
     * or this one would overdraw the budget (the service becomes unstable: {@link #unstable()}).
     */
    boolean mayTell(Instant at) {
        if (unstable != null) {
            heldBack++;
            lastActivity = at;
            return false;
        }
        prune(told, at);
        if (told.size() >= BUDGET) {
            becomeUnstable(Cause.TOO_MANY, at);
            return false;
        }
        told.addLast(at);
        return true;
    }

    /** Whether the unstable service has kept still long enough; if so it is steady again from here. */
    boolean settles(Instant now) {
        Instant since = unstableSince;
        if (unstable == null || since == null) {
            return false;
        }
        Instant active = lastActivity;
        Instant quietSince = active == null || active.isBefore(since) ? since : active;
        if (Duration.between(quietSince, now).compareTo(SETTLE) < 0) {
            return false;
        }
        unstable = null;
        flaps.clear();
        told.clear();
        return true;
    }

    /** When it became unstable (its start when it never was). */
    Instant unstableSince() {
        return unstableSince == null ? Instant.EPOCH : unstableSince;
    }

    /** Status changes since it became unstable (the one that made it so not counted). */
    int changesWhileUnstable() {
        return changesWhileUnstable;
    }

    /** Notifications not shown since it became unstable. */
    int heldBack() {
        return heldBack;
    }

    private boolean becomeUnstable(Cause cause, Instant at) {
        unstable = cause;
        unstableSince = at;
        changesWhileUnstable = 0;
        heldBack = 0;
        return true;
    }

    private static void prune(Deque<Instant> times, Instant now) {
        Instant from = now.minus(WINDOW);
        while (!times.isEmpty() && times.peekFirst().isBefore(from)) {
            times.removeFirst();
        }
    }
}
