package org.statustray.model;

import java.util.Collection;
import java.util.Locale;

/**
 * How a service or component is doing, ordered by severity from {@link #OPERATIONAL} to
 * {@link #MAJOR_OUTAGE}. {@link #UNKNOWN} stands apart: it means "we could not tell", never "down".
 */
public enum Status {
    OPERATIONAL("All Systems Operational"),
    MAINTENANCE("Under Maintenance"),
    DEGRADED("Degraded Performance"),
    PARTIAL_OUTAGE("Partial Outage"),
    MAJOR_OUTAGE("Major Outage"),
    UNKNOWN("Status Unknown");

    private final String label;

    Status(String label) {
        this.label = label;
    }

    /** The word people read: {@code operational}, {@code partial outage}, … (the one place it is made). */
    public String words() {
        return name().replace('_', ' ').toLowerCase(Locale.ROOT);
    }

    /** The contract's wire name: {@code operational}, {@code partial_outage}, … */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** A short human sentence for a page whose source gives no description of its own. */
    public String label() {
        return label;
    }

    public boolean isKnown() {
        return this != UNKNOWN;
    }

    /** True when something is wrong with the service (maintenance is planned, so it is not a problem). */
    public boolean isProblem() {
        return this == DEGRADED || this == PARTIAL_OUTAGE || this == MAJOR_OUTAGE;
    }

    /** Severity comparison between known statuses; {@code UNKNOWN} is never worse than anything. */
    public boolean isWorseThan(Status other) {
        return isKnown() && other.isKnown() && ordinal() > other.ordinal();
    }

    /**
     * The worst of some statuses. Unknown ones are ignored unless every one is unknown; an empty
     * collection is operational.
     */
    public static Status worst(Collection<Status> statuses) {
        Status worst = null;
        boolean anyUnknown = false;
        for (Status s : statuses) {
            if (!s.isKnown()) {
                anyUnknown = true;
            } else if (worst == null || s.ordinal() > worst.ordinal()) {
                worst = s;
            }
        }
        if (worst != null) {
            return worst;
        }
        return anyUnknown ? UNKNOWN : OPERATIONAL;
    }

    public static Status fromWireName(String wire) {
        for (Status s : values()) {
            if (s.wireName().equals(wire)) {
                return s;
            }
        }
        throw new IllegalArgumentException("not a status: " + wire);
    }
}
