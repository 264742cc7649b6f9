package org.statustray.source;

import org.statustray.model.Impact;
import org.statustray.model.Status;
import org.jspecify.annotations.Nullable;

/**
 * The incident impact that matches a status, for sources that grade incidents with the same words as
 * components (Status.io codes, Instatus impacts). The inverse of {@link Impact#impliedStatus()}.
 */
final class StatusImpacts {
    private StatusImpacts() {
    }

    /** Null for maintenance and unknown: neither says how bad an incident is. */
    static @Nullable Impact impactOf(Status status) {
        switch (status) {
            case OPERATIONAL: return Impact.NONE;
            case DEGRADED: return Impact.MINOR;
            case PARTIAL_OUTAGE: return Impact.MAJOR;
            case MAJOR_OUTAGE: return Impact.CRITICAL;
            default: return null;
        }
    }
}
