package org.statustray.fetch;

import java.io.IOException;

/** Signals that a body went past the configured cap, or past what the bodies read at once may share; never leaves the package. */
final class BodyTooLargeException extends IOException {
    private final boolean overBudget;

    BodyTooLargeException(boolean overBudget) {
        super(overBudget ? "bodies read at once over budget" : "body too large");
        this.overBudget = overBudget;
    }

    BodyTooLargeException() {
        this(false);
    }

    /** True when this body alone was within the cap, but the bodies being read together were not. */
    boolean overBudget() {
        return overBudget;
    }
}
