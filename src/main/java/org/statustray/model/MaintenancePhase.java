package org.statustray.model;

import java.time.Instant;

/**
 * Where a maintenance stands at a given time, by the page's own word and its window: the one home of the rule
 * that a maintenance whose window has passed is not planned. A page often leaves a maintenance "scheduled"
 * long after its window (it never marked it started or done); such a one has {@link #PASSED}.
 */
public enum MaintenancePhase {
    /** The page says it is under way (in progress, verifying), or its window is open now. */
    UNDER_WAY,
    /** Scheduled and still ahead: its start is to come (with no start known, its end). */
    PLANNED,
    /** Done, or its window is over: its end has passed, or, with no end given, its start has while it was never begun. */
    PASSED;

    public static MaintenancePhase of(Maintenance m, Instant now) {
        if (m.isInProgress()) {
            return UNDER_WAY; // the page's word wins: an overrunning maintenance is still under way
        }
        if (!m.isUpcoming()) {
            return PASSED;
        }
        Instant starts = m.starts();
        Instant ends = m.ends();
        if (ends != null && !ends.isAfter(now)) {
            return PASSED;
        }
        if (starts == null || starts.isAfter(now)) {
            return PLANNED;
        }
        // started by the clock, still "scheduled": under way while its window lasts; with no end, never begun
        return ends != null ? UNDER_WAY : PASSED;
    }
}
