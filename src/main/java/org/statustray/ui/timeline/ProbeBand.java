package org.statustray.ui.timeline;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.statustray.model.ProbeFailure;

/**
 * The probes of the service's own address from this machine over the period, as consecutive cells from the
 * period's start to its end: how many answered and failed in each, with their time to the first byte.
 */
public record ProbeBand(List<Cell> cells) {
    /** What a cell is drawn as. */
    public enum State {
        ANSWERED, SOME_FAILED, ALL_FAILED, NO_DATA
    }

    /** {@code firstByteMs}: the average time to the first byte, null when no probe got that far. */
    public record Cell(Instant from, Instant to, int ok, int failed, @Nullable Long firstByteMs,
            @Nullable Long firstByteMinMs, @Nullable Long firstByteMaxMs, @Nullable ProbeFailure lastFailure) {
        public int probes() {
            return ok + failed;
        }

        public State state() {
            return probes() == 0 ? State.NO_DATA : failed == 0 ? State.ANSWERED : ok == 0 ? State.ALL_FAILED
                    : State.SOME_FAILED;
        }
    }

    public ProbeBand {
        cells = List.copyOf(cells);
    }

    public int probes() {
        return cells.stream().mapToInt(Cell::probes).sum();
    }

    public int answered() {
        return cells.stream().mapToInt(Cell::ok).sum();
    }

    /** "99.8 %" of the probes answered: cut, not rounded, so that any failure keeps it below "100.0 %". */
    public String answeredText() {
        int all = probes();
        if (all == 0) {
            return "no data";
        }
        double cut = Math.floor(1000.0 * answered() / all + 1e-9) / 10;
        return String.format(Locale.ROOT, "%.1f %%", cut);
    }
}
