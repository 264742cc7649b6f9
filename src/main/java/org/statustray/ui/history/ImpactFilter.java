package org.statustray.ui.history;

import org.jspecify.annotations.Nullable;
import org.statustray.model.Impact;

/** The impact choices of the history window's filter. */
public enum ImpactFilter {
    ALL("All impacts"),
    NONE("None"),
    MINOR("Minor"),
    MAJOR("Major"),
    CRITICAL("Critical"),
    NOT_GIVEN("No impact given");

    private final String label;

    ImpactFilter(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean matches(@Nullable Impact impact) {
        return switch (this) {
            case ALL -> true;
            case NOT_GIVEN -> impact == null;
            default -> impact != null && impact.name().equals(name());
        };
    }

    @Override
    public String toString() {
        return label;
    }
}
