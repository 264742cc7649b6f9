package org.statustray.fetch;

import org.statustray.model.ProbeFailure;

/** Why a probe got no usable answer, with the one line a person reads. Stays inside the probe: it becomes a result. */
final class ProbeTrouble extends Exception {
    private static final long serialVersionUID = 1L;

    private final ProbeFailure failure;

    ProbeTrouble(ProbeFailure failure, String line) {
        super(Failures.oneLine(line), null, false, false);
        this.failure = failure;
    }

    ProbeFailure failure() {
        return failure;
    }

    String line() {
        return String.valueOf(getMessage());
    }
}
