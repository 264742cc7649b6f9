package org.statustray.model;

import java.util.Locale;

/** How bad an incident is, in the contract's words ({@code none} … {@code critical}). */
public enum Impact {
    NONE, MINOR, MAJOR, CRITICAL;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The service status an active incident of this impact implies, for pages with nothing better. The
     * operator's "none" means no visible impact, so it stays operational.
     */
    public Status impliedStatus() {
        switch (this) {
            case CRITICAL: return Status.MAJOR_OUTAGE;
            case MAJOR: return Status.PARTIAL_OUTAGE;
            case MINOR: return Status.DEGRADED;
            default: return Status.OPERATIONAL;
        }
    }
}
